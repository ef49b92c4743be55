import type { Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { TableScroll } from '../app/TableScroll'
import { reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { formatDateTime } from '../forms/formatDate'
import { NoPermission } from '../reviews/NoPermission'
import { WithReview } from '../reviews/useReview'
import { AuditListSchema, describeAuditEvent, type AuditEvent } from './auditEvents'

function AuditTable({ events, review }: { events: AuditEvent[]; review: Review }) {
  return (
    <TableScroll label="Audit log">
      <table className="govuk-table app-audit-table">
        <caption className="govuk-table__caption govuk-visually-hidden">What was done in {review.title}, newest first</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              What
            </th>
            <th scope="col" className="govuk-table__header">
              From where
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {events.map((event, index) => (
            <tr className="govuk-table__row" key={`${event.at}-${index}`}>
              <td className="govuk-table__cell app-nowrap-wide">
                <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              </td>
              <td className="govuk-table__cell app-break-words">{event.actorEmail ?? <span className="app-muted">Not signed in</span>}</td>
              <td className="govuk-table__cell">{describeAuditEvent(event, review.agencies)}</td>
              <td className="govuk-table__cell app-break-words">{event.ip ?? <span className="app-muted">Not recorded</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}

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
      {audit.state === 'ready' && audit.data.events.length > 0 && <AuditTable events={audit.data.events} review={review} />}
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
