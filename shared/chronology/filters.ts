/**
 * @module
 * Narrowing the merged timeline: to some agencies, to a period, to entries with every chosen flag.
 * The timeline is already sorted, so the period is found by binary search and the result keeps the
 * timeline's order without sorting again. A month-only entry is in a period when its month overlaps it.
 */
import type { ChronologyFlag } from '../imr/chronologyEntry.js'
import { dayNumber } from './calendar.js'
import type { TimelineEntry } from './timeline.js'

export interface ChronologyFilter {
  /** The agencies to show; `null` for all of them. */
  agencyIds: readonly string[] | null
  /** The first and last day of the period, `YYYY-MM-DD`, both included; `null` for no bound. */
  from: string | null
  to: string | null
  /** Only entries with all of these flags. */
  flags: readonly ChronologyFlag[]
}

export const NO_FILTER: ChronologyFilter = { agencyIds: null, from: null, to: null, flags: [] }

export function isFiltered(filter: ChronologyFilter): boolean {
  return filter.agencyIds !== null || filter.from !== null || filter.to !== null || filter.flags.length > 0
}

/** The first index whose entry starts on or after `day` (entries are sorted by their first day). */
function firstStartingFrom(entries: readonly TimelineEntry[], day: number): number {
  let low = 0
  let high = entries.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (entries[middle].firstDay < day) low = middle + 1
    else high = middle
  }
  return low
}

/** The entries of a sorted timeline that pass the filter, in the timeline's order. */
export function filterTimeline(entries: readonly TimelineEntry[], filter: ChronologyFilter): TimelineEntry[] {
  const from = filter.from === null ? null : dayNumber(filter.from)
  const to = filter.to === null ? null : dayNumber(filter.to)
  // An entry starting before the 1st of `from`'s month ends before `from`: no date spans more than a month.
  const start = from === null ? 0 : firstStartingFrom(entries, dayNumber(`${filter.from!.slice(0, 7)}-01`))
  const end = to === null ? entries.length : firstStartingFrom(entries, to + 1)
  const agencies = filter.agencyIds === null ? null : new Set(filter.agencyIds)
  const { flags } = filter
  const kept: TimelineEntry[] = []
  for (let index = start; index < end; index++) {
    const item = entries[index]
    if (from !== null && item.lastDay < from) continue
    if (agencies !== null && !agencies.has(item.entry.agencyId)) continue
    if (flags.length > 0 && !flags.every((flag) => item.entry.flags[flag])) continue
    kept.push(item)
  }
  return kept
}
