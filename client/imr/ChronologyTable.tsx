import type { ChronologyEntry } from '../../shared/imr/chronologyEntry'
import { CHRONOLOGY_FLAG_LABELS, CHRONOLOGY_FLAGS } from '../../shared/imr/chronologyEntry'
import { DataTable } from '../app/DataTable'
import { followLink } from '../app/router'
import { ChronologyDateCell } from './ChronologyDateCell'
import { formatChronologyDate } from '../../shared/imr/chronologyDate'

const COLUMNS = [
  { label: 'Date', className: 'app-imr-chronology__date' },
  { label: 'Time' },
  { label: 'Practitioner' },
  { label: 'What happened', className: 'app-imr-chronology__event' },
  { label: 'Source' },
  { label: 'Impact' },
  { label: 'Action taken' },
  { label: 'Flags', className: 'app-imr-chronology__flags' },
]

function Flags({ entry }: { entry: ChronologyEntry }) {
  const set = CHRONOLOGY_FLAGS.filter((flag) => entry.flags[flag])
  if (set.length === 0) return null
  return (
    <ul className="govuk-list app-imr-chronology__flag-list">
      {set.map((flag) => (
        <li key={flag}>
          <strong className="govuk-tag govuk-tag--light-blue">{CHRONOLOGY_FLAG_LABELS[flag]}</strong>
        </li>
      ))}
    </ul>
  )
}

/**
 * One agency's chronology, in date order. `entryPath`: where an entry is changed and deleted, given
 * its id and `''` or `'/delete'`; without it the table has no actions.
 */
export function ChronologyTable({ entries, caption, entryPath }: { entries: ChronologyEntry[]; caption: string; entryPath: ((entryId: string, part: '' | '/delete') => string) | null }) {
  const columns = entryPath ? [...COLUMNS, { label: 'Actions', visuallyHidden: true }] : COLUMNS
  return (
    <DataTable label={caption} caption={caption} captionHidden className="app-imr-chronology" columns={columns}>
      {entries.map((entry) => (
        <tr className="govuk-table__row" key={entry.id}>
          <td className="govuk-table__cell">
            <ChronologyDateCell date={entry.date} />
          </td>
          <td className="govuk-table__cell">{entry.time ?? ''}</td>
          <td className="govuk-table__cell">{entry.practitionerRole}</td>
          <td className="govuk-table__cell app-imr-text">{entry.event}</td>
          <td className="govuk-table__cell">{entry.source}</td>
          <td className="govuk-table__cell app-imr-text">{entry.impact}</td>
          <td className="govuk-table__cell app-imr-text">{entry.actionTaken}</td>
          <td className="govuk-table__cell">
            <Flags entry={entry} />
          </td>
          {entryPath && (
            <td className="govuk-table__cell app-imr-chronology__actions">
              <ul className="govuk-list">
                <li>
                  <a className="govuk-link" href={entryPath(entry.id, '')} onClick={followLink}>
                    Change<span className="govuk-visually-hidden"> the entry of {entryLabel(entry)}</span>
                  </a>
                </li>
                <li>
                  <a className="govuk-link" href={entryPath(entry.id, '/delete')} onClick={followLink}>
                    Delete<span className="govuk-visually-hidden"> the entry of {entryLabel(entry)}</span>
                  </a>
                </li>
              </ul>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  )
}

function entryLabel(entry: ChronologyEntry): string {
  return `${formatChronologyDate(entry.date)}${entry.time ? ` at ${entry.time}` : ''}: ${entry.practitionerRole}`
}
