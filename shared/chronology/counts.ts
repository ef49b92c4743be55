/**
 * @module
 * How often the child was seen, seen alone and spoken to: per agency, and per period (calendar months,
 * or quarters when the chronology spans more than three years, so that the table stays readable).
 * Every period from the first entry to the last is listed, the empty ones too: a quiet stretch is a
 * finding in itself.
 */
import { monthName } from './calendar.js'
import type { TimelineAgency, TimelineEntry } from './timeline.js'

export interface ContactCounts {
  entries: number
  seen: number
  seenAlone: number
  spokenTo: number
}

export interface AgencyCounts extends ContactCounts {
  agencyId: string
  agencyName: string
}

export type PeriodLength = 'month' | 'quarter'

export interface Period {
  /** `2012-03` for a month, `2012-Q1` for a quarter. */
  key: string
  /** "March 2012", or "January to March 2012". */
  label: string
}

export interface PeriodCounts extends ContactCounts {
  period: Period
}

/** A chronology longer than this many calendar months is counted by quarter. */
export const MONTHS_BEFORE_QUARTERS = 36

const zeroCounts = (): ContactCounts => ({ entries: 0, seen: 0, seenAlone: 0, spokenTo: 0 })

function add(counts: ContactCounts, { entry }: TimelineEntry): void {
  counts.entries += 1
  if (entry.flags.childSeen) counts.seen += 1
  if (entry.flags.childSeenAlone) counts.seenAlone += 1
  if (entry.flags.childSpokenTo) counts.spokenTo += 1
}

export function totalCounts(entries: readonly TimelineEntry[]): ContactCounts {
  const counts = zeroCounts()
  for (const item of entries) add(counts, item)
  return counts
}

/** One row per agency listed (in the order given, those without entries too), then any other agency met in the entries. */
export function countByAgency(entries: readonly TimelineEntry[], agencies: readonly Pick<TimelineAgency, 'id' | 'name'>[]): AgencyCounts[] {
  const rows = new Map<string, AgencyCounts>(agencies.map((agency) => [agency.id, { agencyId: agency.id, agencyName: agency.name, ...zeroCounts() }]))
  for (const item of entries) {
    let row = rows.get(item.entry.agencyId)
    if (!row) {
      row = { agencyId: item.entry.agencyId, agencyName: item.agencyName, ...zeroCounts() }
      rows.set(item.entry.agencyId, row)
    }
    add(row, item)
  }
  return [...rows.values()]
}

/** Months since year 0 of the month an entry is dated in (a month-only entry's month). */
function monthIndex({ entry: { date } }: TimelineEntry): number {
  const text = date.precision === 'month' ? date.month : date.date
  return Number(text.slice(0, 4)) * 12 + Number(text.slice(5, 7)) - 1
}

export function choosePeriodLength(entries: readonly TimelineEntry[]): PeriodLength {
  if (entries.length === 0) return 'month'
  const months = monthIndex(entries[entries.length - 1]) - monthIndex(entries[0]) + 1
  return months > MONTHS_BEFORE_QUARTERS ? 'quarter' : 'month'
}

function periodAt(index: number, length: PeriodLength): Period {
  const year = Math.floor(index / (length === 'month' ? 12 : 4))
  if (length === 'month') {
    const month = (index % 12) + 1
    return { key: `${year}-${String(month).padStart(2, '0')}`, label: `${monthName(month)} ${year}` }
  }
  const quarter = (index % 4) + 1
  return { key: `${year}-Q${quarter}`, label: `${monthName(quarter * 3 - 2)} to ${monthName(quarter * 3)} ${year}` }
}

/** Counts for every period from the first entry's to the last's; `entries` must be in timeline order. */
export function countByPeriod(entries: readonly TimelineEntry[], length: PeriodLength = choosePeriodLength(entries)): PeriodCounts[] {
  if (entries.length === 0) return []
  const toPeriod = length === 'month' ? (month: number) => month : (month: number) => Math.floor(month / 3)
  const first = toPeriod(monthIndex(entries[0]))
  const last = toPeriod(monthIndex(entries[entries.length - 1]))
  const rows: PeriodCounts[] = []
  for (let index = first; index <= last; index++) rows.push({ period: periodAt(index, length), ...zeroCounts() })
  for (const item of entries) add(rows[toPeriod(monthIndex(item)) - first], item)
  return rows
}
