/**
 * @module
 * Stretches in which no agency saw the child: between consecutive entries flagged "child seen", across
 * all the agencies given. A gap runs from the last day the child may have been seen to the first day
 * the child was seen again, so a month-only entry counts as late as its month's last day before a gap
 * and as early as its first day after one: the gap is never overstated, and it is marked approximate
 * when either bound comes from an uncertain date.
 */
import { isoDay } from './calendar.js'
import type { TimelineEntry } from './timeline.js'

/** Gaps this long or shorter are not listed. */
export const GAP_THRESHOLD_DAYS = 28

export interface ContactGap {
  /** The last day the child was seen before the gap, and the day the child was next seen, `YYYY-MM-DD`. */
  start: string
  end: string
  /** Days from `start` to `end`. */
  days: number
  approximate: boolean
  /** The entries at either side of the gap. */
  afterEntryId: string
  beforeEntryId: string
  /** The timeline position of the entry that ends the gap, to place the gap in the timeline. */
  endPosition: number
}

/** `entries` in timeline order (already narrowed to the agencies and the period wanted). */
export function findContactGaps(entries: readonly TimelineEntry[], { thresholdDays = GAP_THRESHOLD_DAYS } = {}): ContactGap[] {
  const gaps: ContactGap[] = []
  let lastSeen: TimelineEntry | null = null
  for (const item of entries) {
    if (!item.entry.flags.childSeen) continue
    if (lastSeen !== null) {
      const days = item.firstDay - lastSeen.lastDay
      if (days > thresholdDays) {
        gaps.push({
          start: isoDay(lastSeen.lastDay),
          end: isoDay(item.firstDay),
          days,
          approximate: lastSeen.uncertain || item.uncertain,
          afterEntryId: lastSeen.entry.id,
          beforeEntryId: item.entry.id,
          endPosition: item.position,
        })
      }
    }
    // The bound of the next gap is the latest day seen so far; on a tie a certain date is the better bound.
    if (lastSeen === null || item.lastDay > lastSeen.lastDay || (item.lastDay === lastSeen.lastDay && lastSeen.uncertain && !item.uncertain)) lastSeen = item
  }
  return gaps
}

/** The longest gap (the earlier one of equal lengths), or `null` when there is none. */
export function findLongestGap(gaps: readonly ContactGap[]): ContactGap | null {
  let longest: ContactGap | null = null
  for (const gap of gaps) if (longest === null || gap.days > longest.days) longest = gap
  return longest
}
