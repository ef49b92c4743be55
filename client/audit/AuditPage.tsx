import type { Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { NoPermission } from '../reviews/NoPermission'
import { WithReview } from '../reviews/useReview'
import { AuditListSchema, describeAuditEvent } from './auditEvents'
import { AuditTable } from './AuditTable'

function AuditLog({ review }: { review: Review }) {
  const audit = useResource(`/api/reviews/${review.id}/audit`, AuditListSchema)
  usePageTitle(`Audit log: ${review.title}`)
  return (
    <>
      <span className="govuk-caption-l">{review.title}</span>
      <h1 className="govuk-heading-l">Audit log</h1>
      <p className="govuk-body">Who did what in this review, newest first. Nothing in the log can be changed or removed.</p>
      {audit.state === 'loading' && <Loading label="Loading the audit log…" />}
      {audit.state === 'error' && <ProblemPanel title="The audit log could not be loaded" error={audit.error} />}
      {audit.state === 'ready' && audit.data.events.length === 0 && <p className="govuk-body">Nothing has been recorded for this review yet.</p>}
      {audit.state === 'ready' && audit.data.events.length > 0 && (
        <AuditTable
          events={audit.data.events}
          label="Audit log"
          caption={`What was done in ${review.title}, newest first`}
          describe={(event) => describeAuditEvent(event, review.agencies)}
        />
      )}
    </>
  )
}

export function AuditPage({ reviewId }: { reviewId: string }) {
  return (
    <WithReview reviewId={reviewId}>
      {(review) => (
        <>
          <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }, { href: reviewPath(review.id), text: review.title }]} />
          {review.capabilities.includes('audit.read') ? <AuditLog review={review} /> : <NoPermission review={review} what="read its audit log" />}
        </>
      )}
    </WithReview>
  )
}
