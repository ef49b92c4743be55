import { describe, expect, it } from 'vitest'
import { choosePeriodLength, countByAgency, countByPeriod, totalCounts } from '../../../shared/chronology/counts'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { EXAMPLE_SOURCE, exampleEntry } from './example'

const merged = mergeChronology(EXAMPLE_SOURCE)

describe('counting when the child was seen and spoken to', () => {
  it('counts per agency, in the order the agencies are listed', () => {
    expect(countByAgency(merged.entries, merged.agencies)).toEqual([
      { agencyId: 'police', agencyName: 'Police', entries: 4, seen: 0, seenAlone: 0, spokenTo: 0 },
      { agencyId: 'health', agencyName: 'Health Visiting', entries: 5, seen: 3, seenAlone: 1, spokenTo: 2 },
      { agencyId: 'csc', agencyName: 'Children’s Social Care', entries: 5, seen: 3, seenAlone: 1, spokenTo: 1 },
      { agencyId: 'school', agencyName: 'Northfield Primary School', entries: 5, seen: 2, seenAlone: 0, spokenTo: 1 },
    ])
    expect(totalCounts(merged.entries)).toEqual({ entries: 19, seen: 8, seenAlone: 2, spokenTo: 4 })
  })

  it('counts per calendar month, the empty months too', () => {
    expect(choosePeriodLength(merged.entries)).toBe('month')
    const rows = countByPeriod(merged.entries)
    expect(rows.map(({ period, entries, seen, seenAlone, spokenTo }) => [period.label, entries, seen, seenAlone, spokenTo])).toEqual([
      ['February 2012', 1, 1, 0, 1],
      ['March 2012', 6, 2, 1, 1],
      ['April 2012', 0, 0, 0, 0],
      ['May 2012', 5, 2, 0, 0],
      ['June 2012', 0, 0, 0, 0],
      ['July 2012', 2, 1, 0, 1],
      ['August 2012', 1, 0, 0, 0],
      ['September 2012', 1, 1, 1, 1],
      ['October 2012', 0, 0, 0, 0],
      ['November 2012', 0, 0, 0, 0],
      ['December 2012', 3, 1, 0, 0],
    ])
    expect(rows[0].period.key).toBe('2012-02')
  })

  it('counts per quarter when the chronology spans more than 36 months', () => {
    const early = exampleEntry('x00001', 'csc', { precision: 'day', date: '2009-11-15' }, null, ['childSeen'], 'First contact.')
    const longer = mergeChronology({ ...EXAMPLE_SOURCE, entries: [...EXAMPLE_SOURCE.entries, early] })
    expect(choosePeriodLength(longer.entries)).toBe('quarter')
    const rows = countByPeriod(longer.entries)
    expect(rows).toHaveLength(13)
    expect(rows[0]).toEqual({ period: { key: '2009-Q4', label: 'October to December 2009' }, entries: 1, seen: 1, seenAlone: 0, spokenTo: 0 })
    expect(rows[9]).toEqual({ period: { key: '2012-Q1', label: 'January to March 2012' }, entries: 7, seen: 3, seenAlone: 1, spokenTo: 2 })
    expect(rows[12].period.key).toBe('2012-Q4')
  })

  it('keeps months for exactly 36 months', () => {
    const span = mergeChronology({
      agencies: [],
      entries: [exampleEntry('y00001', 'csc', { precision: 'month', month: '2010-01' }, null, [], 'A.'), exampleEntry('y00002', 'csc', { precision: 'day', date: '2012-12-31' }, null, [], 'B.')],
    })
    expect(choosePeriodLength(span.entries)).toBe('month')
    expect(countByPeriod(span.entries)).toHaveLength(36)
    expect(countByPeriod([])).toEqual([])
  })
})
