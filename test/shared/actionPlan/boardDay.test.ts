import { describe, expect, it } from 'vitest'
import { isOverdueOn } from '../../../shared/actionPlan/actionStatus.js'
import { boardDay } from '../../../shared/actionPlan/boardDay.js'
import { action } from './fixtures.js'

describe("the board's day", () => {
  it('is the day in London, not in UTC', () => {
    // British Summer Time began on 29 March 2026: 23:30 UTC on 31 March is 00:30 on 1 April in London.
    expect(boardDay(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04-01')
    expect(boardDay(new Date('2026-01-31T23:30:00Z'))).toBe('2026-01-31')
  })

  it('keeps each time zone apart when asked for several', () => {
    const at = new Date('2026-03-31T12:30:00Z')

    expect(boardDay(at, 'Pacific/Kiritimati')).toBe('2026-04-01')
    expect(boardDay(at, 'Pacific/Pago_Pago')).toBe('2026-03-31')
    expect(boardDay(at)).toBe('2026-03-31')
  })

  it('makes an action due on 31 March overdue from midnight in London', () => {
    const due = action({ targetDate: '2026-03-31', status: 'on-track' })

    expect(isOverdueOn(due, boardDay(new Date('2026-03-31T22:59:00Z')))).toBe(false)
    expect(isOverdueOn(due, boardDay(new Date('2026-03-31T23:00:00Z')))).toBe(true)
  })
})
