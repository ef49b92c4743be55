import { useState } from 'react'
import { MemberListSchema, type MemberView } from '../../shared/api/auth'
import type { Review } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS } from '../../shared/auth/roles'
import { useResource } from '../api/useResource'
import { LoadedResource } from '../app/LoadedResource'
import { SuccessBanner } from '../app/SuccessBanner'
import { usePageTitle } from '../app/usePageTitle'
import { ErrorSummary } from '../forms/ErrorSummary'
import { ReviewSubpage } from '../reviews/ReviewSubpage'
import { inSentence, withArticle } from '../reviews/roleLabel'
import { AddMemberForm } from './AddMemberForm'
import { MemberTable } from './MemberTable'
import { RemoveMember } from './RemoveMember'
import { useAddMember } from './useAddMember'

function Members({ review }: { review: Review }) {
  const members = useResource(`/api/reviews/${review.id}/members`, MemberListSchema)
  const [done, setDone] = useState<string | null>(null)
  const [removing, setRemoving] = useState<MemberView | null>(null)
  const canManage = review.capabilities.includes('members.manage')
  const existing = members.state === 'ready' ? members.data.members : []
  const form = useAddMember(review, (member) => {
    const before = existing.find((candidate) => candidate.userId === member.userId)
    const role = inSentence(REVIEW_ROLE_LABELS[member.role])
    setDone(before ? `${member.name} is now ${withArticle(role)}.` : `${member.name} was added as ${withArticle(role)}.`)
    members.reload()
  })
  const startRemoving = (member: MemberView) => {
    setDone(null)
    form.clearErrors()
    setRemoving(member)
  }
  usePageTitle(removing ? `Remove ${removing.name} from ${review.title}` : `Members: ${review.title}`, form.summary.length > 0)

  if (removing) {
    const finish = () => {
      setDone(`${removing.name} was removed from this review.`)
      setRemoving(null)
      members.reload()
    }
    return <RemoveMember review={review} member={removing} onRemoved={finish} onCancel={() => setRemoving(null)} />
  }
  return (
    <>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <SuccessBanner message={form.summary.length === 0 ? done : null} />
      <span className="govuk-caption-l">{review.title}</span>
      <h1 className="govuk-heading-l">Members</h1>
      <LoadedResource resource={members} loading="Loading the members…" failed="The members could not be loaded">
        {(data) =>
          data.members.length === 0 ? (
            <p className="govuk-body">Nobody has been added to this review yet.</p>
          ) : (
            <MemberTable members={data.members} agencies={review.agencies} onRemove={canManage ? startRemoving : null} />
          )
        }
      </LoadedResource>
      {canManage && <AddMemberForm review={review} form={form} />}
    </>
  )
}

export function MembersPage({ reviewId }: { reviewId: string }) {
  return (
    <ReviewSubpage reviewId={reviewId} capability="members.read" cannot="see who is in it">
      {(review) => <Members review={review} />}
    </ReviewSubpage>
  )
}
