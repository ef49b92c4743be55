import { describe, expect, it } from 'vitest'
import { filterTimeline, NO_FILTER } from '../../../shared/chronology/filters'
import { findContactGaps, findLongestGap } from '../../../shared/chronology/gaps'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { EXAMPLE_SOURCE } from './example'

const { entries } = mergeChronology(EXAMPLE_SOURCE)

describe('gaps in which no agency saw the child', () => {
  it('lists gaps over 28 days, from the last day the child may have been seen, approximate after a month-only entry', () => {
    // The month-only March visit may have been as late as 31 March: the first gap runs from then, not from 1 March.
    expect(findContactGaps(entries)).toEqual([
      { start: '2012-03-31', end: '2012-05-20', days: 50, approximate: true, afterEntryId: 'ent_d00001', beforeEntryId: 'ent_h00001', endPosition: 7 },
      { start: '2012-05-21', end: '2012-07-19', days: 59, approximate: false, afterEntryId: 'ent_i00001', beforeEntryId: 'ent_o00001', endPosition: 13 },
      { start: '2012-07-19', end: '2012-09-10', days: 53, approximate: false, afterEntryId: 'ent_o00001', beforeEntryId: 'ent_q00001', endPosition: 15 },
      { start: '2012-09-10', end: '2012-12-03', days: 84, approximate: false, afterEntryId: 'ent_q00001', beforeEntryId: 'ent_r00001', endPosition: 16 },
    ])
    expect(findLongestGap(findContactGaps(entries))).toMatchObject({ start: '2012-09-10', end: '2012-12-03', days: 84 })
  })

  it('follows the agencies chosen', () => {
    const gaps = findContactGaps(filterTimeline(entries, { ...NO_FILTER, agencyIds: ['health', 'school'] }))
    expect(gaps.map(({ start, end, days, approximate }) => ({ start, end, days, approximate }))).toEqual([
      { start: '2012-03-01', end: '2012-05-20', days: 80, approximate: false },
      { start: '2012-05-21', end: '2012-07-19', days: 59, approximate: false },
    ])
    expect(findLongestGap(gaps)?.days).toBe(80)
  })

  it('takes another threshold, and finds nothing without two sightings', () => {
    expect(findContactGaps(entries, { thresholdDays: 55 }).map((gap) => gap.days)).toEqual([59, 84])
    expect(findContactGaps(entries, { thresholdDays: 84 })).toEqual([])
    expect(findContactGaps(entries.slice(0, 1))).toEqual([])
    expect(findLongestGap([])).toBeNull()
  })
})
