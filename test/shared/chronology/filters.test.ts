import { describe, expect, it } from 'vitest'
import { filterTimeline, isFiltered, NO_FILTER } from '../../../shared/chronology/filters'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { EXAMPLE_ORDER, EXAMPLE_SOURCE, idsOf } from './example'

const { entries } = mergeChronology(EXAMPLE_SOURCE)

describe('filtering the merged chronology', () => {
  it('keeps everything, in order, without a filter', () => {
    expect(idsOf(filterTimeline(entries, NO_FILTER))).toEqual(EXAMPLE_ORDER)
    expect(isFiltered(NO_FILTER)).toBe(false)
  })

  it('keeps the chosen agencies', () => {
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, agencyIds: ['police', 'school'] }))).toEqual(['e00001', 'b00001', 'g00001', 'h00001', 'k00001', 'n00001', 'p00001', 't00001', 't00002'])
    expect(filterTimeline(entries, { ...NO_FILTER, agencyIds: [] })).toEqual([])
  })

  it('keeps a month-only entry whose month overlaps the period, and dated entries inside it', () => {
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, from: '2012-03-15', to: '2012-07-31' }))).toEqual(['d00001', 'h00001', 'i00001', 'j00001', 'k00001', 'l00001', 'n00001', 'o00001'])
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, from: '2012-07-31' }))).toEqual(['n00001', 'p00001', 'q00001', 'r00001', 't00001', 't00002'])
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, to: '2012-02-29' }))).toEqual(['e00001'])
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, from: '2012-03-01', to: '2012-03-01' }))).toEqual(['d00001', 'c00001', 'b00001', 'f00001', 'a00001', 'g00001'])
  })

  it('keeps entries with every chosen flag', () => {
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, flags: ['childSeen', 'childSpokenTo'] }))).toEqual(['e00001', 'a00001', 'o00001', 'q00001'])
    expect(idsOf(filterTimeline(entries, { ...NO_FILTER, flags: ['thirdPartyConcern'] }))).toEqual(['c00001', 'b00001'])
  })

  it('combines the filters', () => {
    const filter = { agencyIds: ['health', 'csc'], from: '2012-03-01', to: '2012-09-30', flags: ['childSeen' as const] }
    expect(isFiltered(filter)).toBe(true)
    expect(idsOf(filterTimeline(entries, filter))).toEqual(['d00001', 'a00001', 'i00001', 'o00001', 'q00001'])
  })
})
