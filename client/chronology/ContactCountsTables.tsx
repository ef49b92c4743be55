import type { AgencyCounts, ContactCounts, PeriodCounts, PeriodLength } from '../../shared/chronology/counts'
import { DataTable, type Column } from '../app/DataTable'

const NUMBER_COLUMNS: Column[] = [
  { label: 'Entries', className: 'govuk-table__header--numeric' },
  { label: 'Child seen', className: 'govuk-table__header--numeric' },
  { label: 'Seen alone', className: 'govuk-table__header--numeric' },
  { label: 'Spoken to', className: 'govuk-table__header--numeric' },
]

function CountCells({ counts }: { counts: ContactCounts }) {
  return (
    <>
      {[counts.entries, counts.seen, counts.seenAlone, counts.spokenTo].map((value, index) => (
        <td className={`govuk-table__cell govuk-table__cell--numeric${value === 0 && index > 0 ? ' app-chronology-counts__none' : ''}`} key={index}>
          {value}
        </td>
      ))}
    </>
  )
}

function TotalRow({ total }: { total: ContactCounts }) {
  return (
    <tr className="govuk-table__row app-chronology-counts__total">
      <th scope="row" className="govuk-table__header">
        All
      </th>
      <CountCells counts={total} />
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
            <tr className="govuk-table__row" key={row.agencyId}>
              <th scope="row" className="govuk-table__header app-table__row-header">
                {row.agencyName}
              </th>
              <CountCells counts={row} />
            </tr>
          ))}
          <TotalRow total={total} />
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
            <tr className={`govuk-table__row${row.seen === 0 ? ' app-chronology-counts__unseen' : ''}`} key={row.period.key}>
              <th scope="row" className="govuk-table__header app-table__row-header">
                {row.period.label}
              </th>
              <CountCells counts={row} />
            </tr>
          ))}
          <TotalRow total={total} />
        </DataTable>
      </div>
    </div>
  )
}
