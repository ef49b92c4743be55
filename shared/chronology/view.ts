/**
 * @module
 * What the merged chronology page shows for one choice of filters, from the timeline merged once. The
 * counts and the gaps follow the agencies and the period chosen but not the flags: "child seen" counts
 * and gaps in seeing the child would mean nothing among, say, only the entries about a third party's
 * concern. The flags narrow the list of entries shown.
 */
import { countByAgency, countByPeriod, choosePeriodLength, totalCounts, type AgencyCounts, type ContactCounts, type PeriodCounts, type PeriodLength } from './counts.js'
import { filterTimeline, type ChronologyFilter } from './filters.js'
import { findContactGaps, findLongestGap, GAP_THRESHOLD_DAYS, type ContactGap } from './gaps.js'
import type { MergedTimeline, TimelineEntry } from './timeline.js'

export interface ChronologyView {
  /** The entries passing every filter, in timeline order. */
  shown: TimelineEntry[]
  /** The entries of the agencies and period chosen, whatever their flags: what the counts and gaps are of. */
  counted: TimelineEntry[]
  total: ContactCounts
  byAgency: AgencyCounts[]
  periodLength: PeriodLength
  byPeriod: PeriodCounts[]
  gaps: ContactGap[]
  longestGap: ContactGap | null
}

export function viewChronology(timeline: MergedTimeline, filter: ChronologyFilter, { gapThresholdDays = GAP_THRESHOLD_DAYS } = {}): ChronologyView {
  const counted = filterTimeline(timeline.entries, { ...filter, flags: [] })
  const shown = filter.flags.length === 0 ? counted : filterTimeline(counted, { agencyIds: null, from: null, to: null, flags: filter.flags })
  const agencies = filter.agencyIds === null ? timeline.agencies : timeline.agencies.filter((agency) => filter.agencyIds!.includes(agency.id))
  const periodLength = choosePeriodLength(counted)
  const gaps = findContactGaps(counted, { thresholdDays: gapThresholdDays })
  return {
    shown,
    counted,
    total: totalCounts(counted),
    byAgency: countByAgency(counted, agencies),
    periodLength,
    byPeriod: countByPeriod(counted, periodLength),
    gaps,
    longestGap: findLongestGap(gaps),
  }
}
