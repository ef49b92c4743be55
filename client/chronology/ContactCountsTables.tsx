import type { AgencyCounts, ContactCounts, PeriodCounts, PeriodLength } from '../../shared/chronology/counts'
import { DataTable, type Column } from '../app/DataTable'

const NUMBER_COLUMNS: Column[] = [
  { label: 'Entries', className: 'govuk-table__header--numeric' },
  { label: 'Child seen', className: 'govuk-table__header--numeric' },
  { label: 'Seen alone', className: 'govuk-table__header--numeric' },
  { label: 'Spoken to', className: 'govuk-table__header--numeric' },
]

/** One row of counts under its heading: `total` marks the "All" row (a plain heading), `unseen` a period in which no one saw the child. */
function CountsRow({ heading, counts, marker }: { heading: string; counts: ContactCounts; marker?: 'total' | 'unseen' }) {
  return (
    <tr className={`govuk-table__row${marker ? ` app-chronology-counts__${marker}` : ''}`}>
      <th scope="row" className={`govuk-table__header${marker === 'total' ? '' : ' app-table__row-header'}`}>
        {heading}
      </th>
      {[counts.entries, counts.seen, counts.seenAlone, counts.spokenTo].map((value, index) => (
        <td className={`govuk-table__cell govuk-table__cell--numeric${value === 0 && index > 0 ? ' app-chronology-counts__none' : ''}`} key={index}>
          {value}
        </td>
      ))}
    </tr>
  )
}

/** How often the child was seen, seen alone and spoken to, by agency and by month or quarter. */
export function ContactCountsTables(props: { byAgency: AgencyCounts[]; byPeriod: PeriodCounts[]; periodLength: PeriodLength; total: ContactCounts }) {
  const { byAgency, byPeriod, periodLength, total } = props
  const periodName = periodLength === 'month' ? 'Month' : 'Quarter'
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-one-half-from-desktop">
        <DataTable label="Contact with the child by agency" caption="Contact with the child by agency" className="app-chronology-counts" columns={[{ label: 'Agency' }, ...NUMBER_COLUMNS]}>
          {byAgency.map((row) => (
            <CountsRow key={row.agencyId} heading={row.agencyName} counts={row} />
          ))}
          <CountsRow heading="All" counts={total} marker="total" />
        </DataTable>
      </div>
      <div className="govuk-grid-column-one-half-from-desktop">
        <DataTable
          label={`Contact with the child by ${periodName.toLowerCase()}`}
          caption={`Contact with the child by ${periodName.toLowerCase()}`}
          className="app-chronology-counts app-chronology-counts--periods"
          columns={[{ label: periodName }, ...NUMBER_COLUMNS]}
        >
          {byPeriod.map((row) => (
            <CountsRow key={row.period.key} heading={row.period.label} counts={row} marker={row.seen === 0 ? 'unseen' : undefined} />
          ))}
          <CountsRow heading="All" counts={total} marker="total" />
        </DataTable>
      </div>
    </div>
  )
}
