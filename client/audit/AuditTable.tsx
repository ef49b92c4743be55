import type { ReactNode } from 'react'
import { EmailAddress } from '../app/EmailAddress'
import { TableScroll } from '../app/TableScroll'
import { formatDateTime } from '../forms/formatDate'
import type { AuditEvent } from './auditEvents'

/** Audit events as a table: when, who, what (as `describe` tells it) and from where, in the order given. */
export function AuditTable(props: { events: AuditEvent[]; label: string; caption: string; describe: (event: AuditEvent) => ReactNode }) {
  const { events, label, caption, describe } = props
  return (
    <TableScroll label={label}>
      <table className="govuk-table app-audit-table">
        <caption className="govuk-table__caption govuk-visually-hidden">{caption}</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              When
            </th>
            <th scope="col" className="govuk-table__header app-audit-table__who">
              Who
            </th>
            <th scope="col" className="govuk-table__header">
              What
            </th>
            <th scope="col" className="govuk-table__header app-audit-table__where">
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
              <td className="govuk-table__cell app-break-words">{event.actorEmail ? <EmailAddress address={event.actorEmail} /> : <span className="app-muted">Not signed in</span>}</td>
              <td className="govuk-table__cell">{describe(event)}</td>
              <td className="govuk-table__cell app-break-words">{event.ip ?? <span className="app-muted">Not recorded</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
