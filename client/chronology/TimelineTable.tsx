import { memo } from 'react'
import { formatDay, monthName } from '../../shared/chronology/calendar'
import type { MergedTimeline, TimelineEntry } from '../../shared/chronology/timeline'
import type { ChronologyDate } from '../../shared/imr/chronologyDate'
import { CHRONOLOGY_FLAG_LABELS, CHRONOLOGY_FLAGS } from '../../shared/imr/chronologyEntry'
import { DataTable, type Column } from '../app/DataTable'
import { dateInSentence, describeGap, entryRowId, type TimelineRow } from './timelineRows'

const COLUMNS: Column[] = [
  { label: 'Date', className: 'app-chronology__date' },
  { label: 'Time' },
  { label: 'Agency' },
  { label: 'Practitioner role' },
  { label: 'What happened', className: 'app-chronology__event' },
  { label: 'Source' },
  { label: 'Recorded' },
]

function DateText({ date }: { date: ChronologyDate }) {
  if (date.precision === 'day') return <>{formatDay(date.date)}</>
  const text = date.precision === 'month' ? `${monthName(Number(date.month.slice(5, 7)))} ${date.month.slice(0, 4)}` : formatDay(date.date)
  return (
    <>
      {text}
      <strong className="govuk-tag govuk-tag--grey app-block app-chronology__certainty">{date.precision === 'month' ? 'Month only' : 'Approximate'}</strong>
    </>
  )
}

/** Where a possible duplicate is: a link to its row when it is listed, else a note that the filters hide it. */
function DuplicateLinks({ ids, timeline, isShown, onShowEntry }: { ids: string[]; timeline: MergedTimeline; isShown: (entryId: string) => boolean; onShowEntry: (entryId: string) => void }) {
  return (
    <div className="app-chronology__duplicate">
      <strong className="govuk-tag govuk-tag--orange">Possible duplicate</strong>
      <ul className="govuk-list app-chronology__duplicate-list">
        {ids.map((id) => {
          // Just after a refresh the pairs may still be those of the previous answer: an entry since deleted is left out.
          const position = timeline.positionOf.get(id)
          if (position === undefined) return null
          const other = timeline.entries[position]
          const where = `${other.agencyName}, ${dateInSentence(other.entry.date)}`
          return (
            <li key={id}>
              {isShown(id) ? (
                <a
                  className="govuk-link"
                  href={`#${entryRowId(id)}`}
                  onClick={(event) => {
                    event.preventDefault()
                    onShowEntry(id)
                  }}
                >
                  See the entry of {where}
                </a>
              ) : (
                <>The entry of {where} (not listed with these filters)</>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

const EntryRow = memo(function EntryRow(props: {
  item: TimelineEntry
  duplicates: string[] | undefined
  timeline: MergedTimeline
  isShown: (entryId: string) => boolean
  onShowEntry: (entryId: string) => void
}) {
  const { item, duplicates, timeline, isShown, onShowEntry } = props
  const { entry } = item
  const flags = CHRONOLOGY_FLAGS.filter((flag) => entry.flags[flag])
  return (
    <tr className={`govuk-table__row${duplicates ? ' app-chronology__row--duplicate' : ''}`} id={entryRowId(entry.id)} tabIndex={-1}>
      <td className="govuk-table__cell app-chronology__date">
        <DateText date={entry.date} />
      </td>
      <td className="govuk-table__cell">{entry.time ?? <span className="govuk-visually-hidden">No time</span>}</td>
      <td className="govuk-table__cell">{item.agencyName}</td>
      <td className="govuk-table__cell">{entry.practitionerRole}</td>
      <td className="govuk-table__cell app-chronology__event">
        <div className="app-chronology__deferred">
          {entry.event}
          {duplicates && <DuplicateLinks ids={duplicates} timeline={timeline} isShown={isShown} onShowEntry={onShowEntry} />}
        </div>
      </td>
      <td className="govuk-table__cell app-break-words">{entry.source}</td>
      <td className="govuk-table__cell">
        {flags.length > 0 && (
          <ul className="govuk-list app-chronology__flags app-chronology__deferred app-chronology__deferred--short">
            {flags.map((flag) => (
              <li key={flag}>
                <strong className="govuk-tag govuk-tag--blue">{CHRONOLOGY_FLAG_LABELS[flag]}</strong>
              </li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  )
})

/** The merged timeline, a page of rows at a time, with the gaps in seeing the child among them. */
export function TimelineTable(props: {
  rows: TimelineRow[]
  caption: string
  timeline: MergedTimeline
  duplicates: ReadonlyMap<string, string[]>
  isShown: (entryId: string) => boolean
  onShowEntry: (entryId: string) => void
}) {
  const { rows, caption, timeline, duplicates, isShown, onShowEntry } = props
  return (
    <DataTable label="The merged chronology" caption={caption} className="app-chronology" columns={COLUMNS}>
      {rows.map((row) =>
        row.kind === 'entry' ? (
          <EntryRow key={row.item.entry.id} item={row.item} duplicates={duplicates.get(row.item.entry.id)} timeline={timeline} isShown={isShown} onShowEntry={onShowEntry} />
        ) : (
          <tr className="govuk-table__row app-chronology__gap" key={`gap-${row.gap.beforeEntryId}`}>
            <td className="govuk-table__cell" colSpan={COLUMNS.length}>
              <strong>{describeGap(row.gap)}</strong>
            </td>
          </tr>
        ),
      )}
    </DataTable>
  )
}
