import { describe, expect, it } from 'vitest'
import { dateInSentence, describeGap, firstRows, timelineRows } from '../../../client/chronology/timelineRows'
import { filterTimeline, NO_FILTER } from '../../../shared/chronology/filters'
import { findContactGaps } from '../../../shared/chronology/gaps'
import { mergeChronology } from '../../../shared/chronology/timeline'
import { EXAMPLE_SOURCE } from '../../shared/chronology/example'

const { entries } = mergeChronology(EXAMPLE_SOURCE)
const gaps = findContactGaps(entries)
const labels = (rows: ReturnType<typeof timelineRows>) => rows.map((row) => (row.kind === 'entry' ? row.item.entry.id.slice(4) : `gap ${row.gap.days}`))

describe('the rows of the timeline', () => {
  it('puts each gap just before the entry that ends it', () => {
    expect(labels(timelineRows(entries, gaps))).toEqual([
      'e00001', 'd00001', 'c00001', 'b00001', 'f00001', 'a00001', 'g00001',
      'gap 50', 'h00001', 'i00001', 'j00001', 'k00001', 'l00001', 'n00001',
      'gap 59', 'o00001', 'p00001',
      'gap 53', 'q00001',
      'gap 84', 'r00001', 't00001', 't00002',
    ])
  })

  it('places a gap before the next entry shown when the entry ending it is hidden by the flags', () => {
    const concerns = filterTimeline(entries, { ...NO_FILTER, flags: ['thirdPartyConcern'] })
    expect(labels(timelineRows(concerns, gaps))).toEqual(['c00001', 'b00001', 'gap 50', 'gap 59', 'gap 53', 'gap 84'])
  })

  it('shows a page of entries with the gaps among them', () => {
    const rows = timelineRows(entries, gaps)
    expect(labels(firstRows(rows, 8))).toEqual(['e00001', 'd00001', 'c00001', 'b00001', 'f00001', 'a00001', 'g00001', 'gap 50', 'h00001'])
    expect(firstRows(rows, 100)).toHaveLength(rows.length)
    expect(firstRows(rows, 0)).toEqual([])
  })

  it('says a gap in words, with "about" when a bound is uncertain', () => {
    expect(describeGap(gaps[3])).toBe('No agency saw the child for 84 days, 10 September to 3 December 2012')
    expect(describeGap(gaps[0])).toBe('No agency saw the child for about 50 days, 31 March to 20 May 2012')
  })

  it('says dates in a sentence', () => {
    expect(dateInSentence({ precision: 'month', month: '2012-07' })).toBe('July 2012')
    expect(dateInSentence({ precision: 'approximate', date: '2012-02-28' })).toBe('about 28 February 2012')
    expect(dateInSentence({ precision: 'day', date: '2012-12-03' })).toBe('3 December 2012')
  })
})
