import { describe, expect, it } from 'vitest'
import { dayNumber, formatDayRange, isoDay } from '../../../shared/chronology/calendar'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { EXAMPLE_ORDER, EXAMPLE_SOURCE, exampleEntry, idsOf } from './example'

describe('merging the agencies’ chronologies', () => {
  it('orders by date, month-only first in its month, untimed before timed, then time, agency name and id', () => {
    expect(idsOf(mergeChronology(EXAMPLE_SOURCE).entries)).toEqual(EXAMPLE_ORDER)
  })

  it('gives the same order whatever order the entries arrive in', () => {
    const reversed = mergeChronology({ ...EXAMPLE_SOURCE, entries: [...EXAMPLE_SOURCE.entries].reverse() })
    expect(idsOf(reversed.entries)).toEqual(EXAMPLE_ORDER)
  })

  it('marks uncertain dates and gives a month-only entry the whole month', () => {
    const { entries, positionOf } = mergeChronology(EXAMPLE_SOURCE)
    const march = entries[positionOf.get('ent_d00001')!]
    expect(march).toMatchObject({ position: 1, uncertain: true, agencyName: 'Children’s Social Care' })
    expect([isoDay(march.firstDay), isoDay(march.lastDay)]).toEqual(['2012-03-01', '2012-03-31'])
    const approximate = entries[0]
    expect(approximate).toMatchObject({ uncertain: true })
    expect([isoDay(approximate.firstDay), isoDay(approximate.lastDay)]).toEqual(['2012-02-28', '2012-02-28'])
    expect(entries.filter((item) => item.uncertain).map((item) => item.entry.id)).toEqual(['ent_e00001', 'ent_d00001', 'ent_n00001'])
  })

  it('shows an entry of an agency not listed under the agency’s id', () => {
    const merged = mergeChronology({ agencies: [], entries: [exampleEntry('z00001', 'ambulance', { precision: 'day', date: '2012-01-01' }, null, [], 'Call out.')] })
    expect(merged.entries[0].agencyName).toBe('ambulance')
  })
})

describe('days', () => {
  it('counts days across a leap day and says spans as people read them', () => {
    expect(dayNumber('2012-03-01') - dayNumber('2012-02-28')).toBe(2)
    expect(isoDay(dayNumber('2012-02-29'))).toBe('2012-02-29')
    expect(formatDayRange('2012-04-03', '2012-06-16')).toBe('3 April to 16 June 2012')
    expect(formatDayRange('2011-12-20', '2012-01-16')).toBe('20 December 2011 to 16 January 2012')
  })
})
