/**
 * @module
 * The merged chronology: every agency's entries in one timeline, sorted once. Order: by date (a
 * month-only entry at the start of its month, before the month's dated entries), then entries without
 * a time before timed ones of the same day, then by time, by agency name, and by id, so that the order
 * never depends on the order the server sent. Filters and counts work on this sorted list and never
 * sort again.
 */
import type { MergedChronologyEntry, MergedChronologySource } from '../api/imrs.js'
import { dateSortKey, isUncertain } from '../imr/chronologyDate.js'
import type { ImrStatus } from '../imr/imrDetails.js'
import { dayNumber, lastDayOfMonth } from './calendar.js'

export interface TimelineAgency {
  id: string
  name: string
  status: ImrStatus
}

export interface TimelineEntry {
  entry: MergedChronologyEntry
  /** Its place in the merged timeline, from 0. */
  position: number
  agencyName: string
  /** The first and last day the entry's date may stand for (the whole month for a month-only date), as day numbers. */
  firstDay: number
  lastDay: number
  /** A month-only or approximate date. */
  uncertain: boolean
}

export interface MergedTimeline {
  agencies: TimelineAgency[]
  entries: TimelineEntry[]
  /** Where each entry id sits in `entries`. */
  positionOf: ReadonlyMap<string, number>
}

function toTimelineEntry(entry: MergedChronologyEntry, agencyName: string): TimelineEntry {
  const { date } = entry
  const firstDay = dayNumber(date.precision === 'month' ? `${date.month}-01` : date.date)
  const lastDay = date.precision === 'month' ? lastDayOfMonth(date.month) : firstDay
  return { entry, position: 0, agencyName, firstDay, lastDay, uncertain: isUncertain(date) }
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

interface Keyed {
  item: TimelineEntry
  sortKey: string
  agencyKey: string
}

function compareKeyed(a: Keyed, b: Keyed): number {
  const byDate = compareText(a.sortKey, b.sortKey)
  if (byDate !== 0) return byDate
  const timeA = a.item.entry.time
  const timeB = b.item.entry.time
  if (timeA === null || timeB === null) {
    if (timeA !== timeB) return timeA === null ? -1 : 1
  } else {
    const byTime = compareText(timeA, timeB)
    if (byTime !== 0) return byTime
  }
  return compareText(a.agencyKey, b.agencyKey) || compareText(a.item.entry.id, b.item.entry.id)
}

/** Merges every agency's entries into one sorted timeline. Entries of an agency not listed are shown under its id. */
export function mergeChronology(source: Pick<MergedChronologySource, 'agencies' | 'entries'>): MergedTimeline {
  const names = new Map(source.agencies.map((agency) => [agency.id, agency.name]))
  const keyed: Keyed[] = source.entries.map((entry) => {
    const name = names.get(entry.agencyId) ?? entry.agencyId
    return { item: toTimelineEntry(entry, name), sortKey: dateSortKey(entry.date), agencyKey: name.toLowerCase() }
  })
  keyed.sort(compareKeyed)
  const entries = keyed.map(({ item }, position) => {
    item.position = position
    return item
  })
  return {
    agencies: source.agencies.map(({ id, name, status }) => ({ id, name, status })),
    entries,
    positionOf: new Map(entries.map((item) => [item.entry.id, item.position])),
  }
}
