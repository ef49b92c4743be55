import { describe, expect, it } from 'vitest'
import { formatChronologyDateText, parseChronologyDate } from '../../../server/imr/chronologyDateText.js'

describe('chronology dates as files write them', () => {
  it.each([
    ['14/03/2012', { precision: 'day', date: '2012-03-14' }],
    ['4/3/2012', { precision: 'day', date: '2012-03-04' }],
    ['2012-03-14', { precision: 'day', date: '2012-03-14' }],
    ['03/2012', { precision: 'month', month: '2012-03' }],
    ['2012-03', { precision: 'month', month: '2012-03' }],
    ['about 14/03/2012', { precision: 'approximate', date: '2012-03-14' }],
    ['About 2012-03-14', { precision: 'approximate', date: '2012-03-14' }],
    ['c. 14/03/2012', { precision: 'approximate', date: '2012-03-14' }],
    ['c.14/03/2012', { precision: 'approximate', date: '2012-03-14' }],
    ['approx. 29/02/2012', { precision: 'approximate', date: '2012-02-29' }],
  ])('reads %s', (text, date) => {
    expect(parseChronologyDate(text)).toEqual({ date })
  })

  it.each(['31/02/2012', '29/02/2013', '2012-13-01', '13/2012', '00/2012', '14-03-2012', 'March 2012', 'yesterday', '', 'about 03/2012', '14/03/12'])('refuses %j with a sentence that shows the forms', (text) => {
    const result = parseChronologyDate(text)
    expect(result).toHaveProperty('problem')
    expect('problem' in result && result.problem.length).toBeGreaterThan(10)
  })

  it('writes each kind of date in a form it reads back', () => {
    for (const date of [
      { precision: 'day', date: '2012-03-04' },
      { precision: 'month', month: '2012-11' },
      { precision: 'approximate', date: '2013-12-31' },
    ] as const) {
      expect(parseChronologyDate(formatChronologyDateText(date))).toEqual({ date })
    }
    expect(formatChronologyDateText({ precision: 'approximate', date: '2012-03-14' })).toBe('about 14/03/2012')
  })
})
