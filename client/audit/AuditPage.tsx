import type { Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { LoadedResource } from '../app/LoadedResource'
import { usePageTitle } from '../app/usePageTitle'
import { ReviewSubpage } from '../reviews/ReviewSubpage'
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
      <LoadedResource resource={audit} loading="Loading the audit log…" failed="The audit log could not be loaded">
        {({ events }) =>
          events.length === 0 ? (
            <p className="govuk-body">Nothing has been recorded for this review yet.</p>
          ) : (
            <AuditTable events={events} label="Audit log" caption={`What was done in ${review.title}, newest first`} describe={(event) => describeAuditEvent(event, review.agencies)} />
          )
        }
      </LoadedResource>
    </>
  )
}

export function AuditPage({ reviewId }: { reviewId: string }) {
  return (
    <ReviewSubpage reviewId={reviewId} capability="audit.read" cannot="read its audit log">
      {(review) => <AuditLog review={review} />}
    </ReviewSubpage>
  )
}
