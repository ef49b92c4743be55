import { useEffect, useRef, useState } from 'react'
import type { MemberView } from '../../shared/api/auth'
import type { Review } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS } from '../../shared/auth/roles'
import { asApiError, sendJson, type ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { inSentence, withArticle } from '../reviews/roleLabel'
import { WarningText } from '../forms/WarningText'

/** "Are you sure?": removing someone ends their access to the review at once. */
export function RemoveMember(props: { review: Review; member: MemberView; onRemoved: () => void; onCancel: () => void }) {
  const { review, member, onRemoved, onCancel } = props
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])

  const remove = async () => {
    setSending(true)
    try {
      await sendJson('DELETE', `/api/reviews/${review.id}/members/${member.userId}`)
      onRemoved()
    } catch (error) {
      setProblem(asApiError(error))
      setSending(false)
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem && <ProblemPanel title={`${member.name} could not be removed`} error={problem} />}
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
          Are you sure you want to remove {member.name} from this review?
        </h1>
        <p className="govuk-body">
          {member.name} ({member.email}) is {withArticle(inSentence(REVIEW_ROLE_LABELS[member.role]))}.
        </p>
        <WarningText>
          They will lose access to the review and its documents straight away, including any document they have open.
        </WarningText>
        <div className="govuk-button-group">
          <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()} disabled={sending} aria-disabled={sending}>
            Yes, remove {member.name}
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" onClick={onCancel}>
            No, keep them
          </button>
        </div>
      </div>
    </div>
  )
}
