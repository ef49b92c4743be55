import { ReviewListSchema, type Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { LoadedResource } from '../app/LoadedResource'
import { followLink, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { AdminOnly, NO_PERMISSION, NoAdminPermission } from '../auth/AdminOnly'
import { AuditListSchema, describeAuditEvent, type AuditEvent } from '../audit/auditEvents'
import { AuditTable } from '../audit/AuditTable'

const WHAT = 'see account activity'

/** An event told as the review's audit log tells it, with the review it happened in beneath. */
function EventDescription({ event, reviews }: { event: AuditEvent; reviews: Review[] }) {
  const review = reviews.find((candidate) => candidate.id === event.reviewId)
  return (
    <>
      {describeAuditEvent(event, review?.agencies ?? [])}
      {event.reviewId && (
        <span className="app-block govuk-!-font-size-16">
          <span className="app-muted">In </span>
          <a className="govuk-link" href={reviewPath(event.reviewId)} onClick={followLink}>
            {review?.title ?? event.reviewId}
          </a>
        </span>
      )}
    </>
  )
}

function Activity() {
  const audit = useResource('/api/audit', AuditListSchema)
  // Only for the reviews' titles and agency names: the log reads well enough without them.
  const reviews = useResource('/api/reviews', ReviewListSchema)
  const known = reviews.state === 'ready' ? reviews.data.reviews : []
  const refused = audit.state === 'error' && audit.error.status === 403
  usePageTitle(refused ? NO_PERMISSION : 'Account activity')

  if (refused) return <NoAdminPermission what={WHAT} />
  return (
    <>
      <h1 className="govuk-heading-l">Account activity</h1>
      <p className="govuk-body">Everything done in Overview Studio, newest first: sign-ins, refused sign-ins, new accounts and changes to reviews. Nothing in it can be changed or removed.</p>
      <LoadedResource resource={audit} loading="Loading the account activity…" failed="The account activity could not be loaded">
        {({ events }) =>
          events.length === 0 ? (
            <p className="govuk-body">Nothing has been recorded yet.</p>
          ) : (
            <AuditTable events={events} label="Account activity" caption="Everything done in Overview Studio, newest first" describe={(event) => <EventDescription event={event} reviews={known} />} />
          )
        }
      </LoadedResource>
    </>
  )
}

export function ActivityPage() {
  return (
    <>
      <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }]} />
      <AdminOnly what={WHAT}>
        <Activity />
      </AdminOnly>
    </>
  )
}
