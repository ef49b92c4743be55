/**
 * @module
 * The message that asks the duplicates worker for a search: the candidates as columns (arrays of
 * strings and typed arrays), which the browser copies to the worker far faster than 5,000 objects.
 */
import type { DuplicateCandidate, DuplicatePair } from '../../shared/chronology/duplicates'
import type { TimelineEntry } from '../../shared/chronology/timeline'

export interface DuplicateSearch {
  /** Answers are matched to the latest search; an older one is dropped. */
  searchId: number
  ids: string[]
  agencyIds: string[]
  /** `YYYY-MM` for a month-only entry, else `YYYY-MM-DD`. */
  dates: string[]
  monthOnly: Uint8Array
  firstDays: Int32Array
  events: string[]
}

export interface DuplicateAnswer {
  searchId: number
  pairs: DuplicatePair[]
}

export function packSearch(searchId: number, entries: readonly TimelineEntry[]): DuplicateSearch {
  const search: DuplicateSearch = {
    searchId,
    ids: new Array<string>(entries.length),
    agencyIds: new Array<string>(entries.length),
    dates: new Array<string>(entries.length),
    monthOnly: new Uint8Array(entries.length),
    firstDays: new Int32Array(entries.length),
    events: new Array<string>(entries.length),
  }
  entries.forEach(({ entry, firstDay }, index) => {
    search.ids[index] = entry.id
    search.agencyIds[index] = entry.agencyId
    search.dates[index] = entry.date.precision === 'month' ? entry.date.month : entry.date.date
    search.monthOnly[index] = entry.date.precision === 'month' ? 1 : 0
    search.firstDays[index] = firstDay
    search.events[index] = entry.event
  })
  return search
}

/** The candidates again. An approximate date comes back as a day: the search tells only month-only dates apart. */
export function unpackSearch(search: DuplicateSearch): DuplicateCandidate[] {
  return search.ids.map((id, index) => ({
    firstDay: search.firstDays[index],
    entry: {
      id,
      agencyId: search.agencyIds[index],
      date: search.monthOnly[index] === 1 ? { precision: 'month', month: search.dates[index] } : { precision: 'day', date: search.dates[index] },
      event: search.events[index],
    },
  }))
}
