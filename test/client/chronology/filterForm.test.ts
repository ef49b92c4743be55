import { describe, expect, it } from 'vitest'
import { checkFilterForm, EMPTY_FILTER_FORM, formFromFilter, toggle } from '../../../client/chronology/filterForm'

describe('the chronology filter form', () => {
  it('means every agency and no period when nothing is chosen', () => {
    expect(checkFilterForm(EMPTY_FILTER_FORM)).toEqual({ ok: true, filter: { agencyIds: null, from: null, to: null, flags: [] } })
  })

  it('turns what is ticked and typed into a filter', () => {
    const form = { agencyIds: ['police'], flags: ['childSeen' as const], from: { day: '3', month: '4', year: '2012' }, to: { day: '16', month: '06', year: '2012' } }
    const checked = checkFilterForm(form)
    expect(checked).toEqual({ ok: true, filter: { agencyIds: ['police'], from: '2012-04-03', to: '2012-06-16', flags: ['childSeen'] } })
    if (checked.ok) expect(formFromFilter(checked.filter)).toEqual({ ...form, to: { day: '16', month: '6', year: '2012' } })
  })

  it('says which date is wrong, and refuses a period that ends before it starts', () => {
    expect(checkFilterForm({ ...EMPTY_FILTER_FORM, from: { day: '31', month: '2', year: '2012' }, to: { day: '', month: '3', year: '2012' } })).toEqual({
      ok: false,
      errors: { from: { message: 'Start of the period must be a real date', parts: ['day'] }, to: { message: 'End of the period must include a day', parts: ['day'] } },
    })
    expect(checkFilterForm({ ...EMPTY_FILTER_FORM, from: { day: '2', month: '3', year: '2012' }, to: { day: '1', month: '3', year: '2012' } })).toEqual({
      ok: false,
      errors: { to: { message: 'End of the period must be the same as or after its start', parts: ['day', 'month', 'year'] } },
    })
  })

  it('ticks and unticks, keeping the order of the list', () => {
    const all = ['a', 'b', 'c']
    expect(toggle(['c'], 'a', all)).toEqual(['a', 'c'])
    expect(toggle(['a', 'c'], 'a', all)).toEqual(['c'])
  })
})
