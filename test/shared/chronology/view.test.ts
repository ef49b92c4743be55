import { describe, expect, it } from 'vitest'
import { NO_FILTER } from '../../../shared/chronology/filters'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { viewChronology } from '../../../shared/chronology/view'
import { EXAMPLE_SOURCE, idsOf } from './example'

const merged = mergeChronology(EXAMPLE_SOURCE)

describe('the view for one choice of filters', () => {
  it('counts and finds gaps among the agencies and period chosen, whatever the flags chosen', () => {
    const view = viewChronology(merged, { ...NO_FILTER, agencyIds: ['health', 'school'], flags: ['childSpokenTo'] })
    expect(idsOf(view.shown)).toEqual(['e00001', 'a00001', 'o00001'])
    expect(view.total).toEqual({ entries: 10, seen: 5, seenAlone: 1, spokenTo: 3 })
    expect(view.byAgency.map((row) => row.agencyId)).toEqual(['health', 'school'])
    expect(view.periodLength).toBe('month')
    expect(view.byPeriod.map((row) => row.period.key)).toEqual(['2012-02', '2012-03', '2012-04', '2012-05', '2012-06', '2012-07', '2012-08', '2012-09', '2012-10', '2012-11', '2012-12'])
    expect(view.gaps.map((gap) => gap.days)).toEqual([80, 59])
    expect(view.longestGap).toMatchObject({ start: '2012-03-01', end: '2012-05-20', days: 80 })
  })

  it('finds nothing in a period without entries', () => {
    const view = viewChronology(merged, { ...NO_FILTER, from: '2013-01-01' })
    expect(view.shown).toEqual([])
    expect(view.byPeriod).toEqual([])
    expect(view.longestGap).toBeNull()
    expect(view.byAgency).toHaveLength(4)
  })
})
