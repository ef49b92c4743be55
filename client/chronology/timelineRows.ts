/**
 * @module
 * The rows of the timeline table: the entries shown, with a row for each gap in seeing the child just
 * before the entry that ends it, and a page of rows at a time so that thousands of entries stay quick.
 */
import { formatDay, formatDayRange, monthName } from '../../shared/chronology/calendar'
import type { ContactGap } from '../../shared/chronology/gaps'
import type { TimelineEntry } from '../../shared/chronology/timeline'
import type { ChronologyDate } from '../../shared/imr/chronologyDate'

export type TimelineRow = { kind: 'entry'; item: TimelineEntry } | { kind: 'gap'; gap: ContactGap }

/** How many entries the table shows at first, and how many more each "Show more" adds. */
export const ROWS_PER_PAGE = 200

/**
 * Entries and gaps, in timeline order. A gap goes before the first entry shown at or after the entry
 * that ends it (which may be hidden by the flags chosen); gaps after the last entry shown go last.
 */
export function timelineRows(shown: readonly TimelineEntry[], gaps: readonly ContactGap[]): TimelineRow[] {
  const rows: TimelineRow[] = []
  let next = 0
  for (const item of shown) {
    while (next < gaps.length && gaps[next].endPosition <= item.position) rows.push({ kind: 'gap', gap: gaps[next++] })
    rows.push({ kind: 'entry', item })
  }
  while (next < gaps.length) rows.push({ kind: 'gap', gap: gaps[next++] })
  return rows
}

/** The rows for the first `entryCount` entries, with the gaps among and just after them. */
export function firstRows(rows: readonly TimelineRow[], entryCount: number): TimelineRow[] {
  let entries = 0
  let end = 0
  for (; end < rows.length; end++) {
    if (rows[end].kind === 'entry') {
      if (entries === entryCount) break
      entries += 1
    }
  }
  return rows.slice(0, end)
}

/** "No agency saw the child for 74 days, 3 April to 16 June 2012", with "about" when a bound is uncertain. */
export function describeGap(gap: ContactGap): string {
  return `No agency saw the child for ${gap.approximate ? 'about ' : ''}${gap.days} days, ${formatDayRange(gap.start, gap.end)}`
}

/** The id of an entry's row, for links to it. */
export const entryRowId = (entryId: string): string => `chronology-${entryId}`

/** A date in a sentence: "14 March 2012", "March 2012", "about 14 March 2012". */
export function dateInSentence(date: ChronologyDate): string {
  if (date.precision === 'month') return `${monthName(Number(date.month.slice(5, 7)))} ${date.month.slice(0, 4)}`
  return date.precision === 'approximate' ? `about ${formatDay(date.date)}` : formatDay(date.date)
}
