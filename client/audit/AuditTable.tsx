import type { ReactNode } from 'react'
import { EmailAddress } from '../app/EmailAddress'
import { DataTable, type Column } from '../app/DataTable'
import { formatDateTime } from '../forms/formatDate'
import type { AuditEvent } from './auditEvents'

const AUDIT_COLUMNS: Column[] = [
  { label: 'When' },
  { label: 'Who', className: 'app-audit-table__who' },
  { label: 'What' },
  { label: 'From where', className: 'app-audit-table__where' },
]

/** Audit events as a table: when, who, what (as `describe` tells it) and from where, in the order given. */
export function AuditTable(props: { events: AuditEvent[]; label: string; caption: string; describe: (event: AuditEvent) => ReactNode }) {
  const { events, label, caption, describe } = props
  return (
    <DataTable label={label} caption={caption} captionHidden className="app-audit-table" columns={AUDIT_COLUMNS}>
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
    </DataTable>
  )
}
