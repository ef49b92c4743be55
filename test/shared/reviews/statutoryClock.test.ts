import { describe, expect, it } from 'vitest'
import { addMonths, daysBetween, nextDeadline, statutoryClock, todayIso, type KeyDates } from '../../../shared/reviews/statutoryClock.js'

const dates = (partial: Partial<KeyDates>): KeyDates => ({ notification: null, decision: null, panelFirstMeeting: null, ...partial })

describe('addMonths', () => {
  it.each([
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-01-30', 1, '2024-02-29'],
    ['2024-01-28', 1, '2024-02-28'],
    ['2024-08-31', 6, '2025-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-07-31', 6, '2025-01-31'],
    ['2024-05-10', 0, '2024-05-10'],
  ])('%s plus %i month(s) is %s', (from, months, expected) => {
    expect(addMonths(from, months)).toBe(expected)
  })
})

describe('daysBetween and todayIso', () => {
  it('counts calendar days, whatever the clocks did in between', () => {
    expect(daysBetween('2024-03-30', '2024-04-01')).toBe(2)
    expect(daysBetween('2024-10-26', '2024-10-28')).toBe(2)
    expect(daysBetween('2024-03-05', '2024-02-29')).toBe(-5)
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2)
  })

  it('gives the UTC calendar date of a moment', () => {
    expect(todayIso(new Date('2024-06-01T23:30:00Z'))).toBe('2024-06-01')
    expect(todayIso(new Date('2024-06-02T00:00:00Z'))).toBe('2024-06-02')
  })
})

describe('the statutory clock of a review', () => {
  it('waits for both steps while no key date is known', () => {
    expect(statutoryClock(dates({}), false, '2024-05-01')).toEqual([
      { key: 'decision', label: expect.any(String), dueOn: null, state: 'waiting', daysLeft: null },
      { key: 'review', label: expect.any(String), dueOn: null, state: 'waiting', daysLeft: null },
    ])
  })

  it('has the decision due one month after the notification, shortened to the end of February', () => {
    const [decision, review] = statutoryClock(dates({ notification: '2024-01-31' }), false, '2024-02-20')

    expect(decision).toMatchObject({ key: 'decision', dueOn: '2024-02-29', state: 'due', daysLeft: 9 })
    expect(review).toMatchObject({ key: 'review', dueOn: null, state: 'waiting', daysLeft: null })
  })

  it('is still due, with no day left, on the due date itself', () => {
    const [decision] = statutoryClock(dates({ notification: '2024-04-15' }), false, '2024-05-15')

    expect(decision).toMatchObject({ dueOn: '2024-05-15', state: 'due', daysLeft: 0 })
  })

  it('is overdue the day after, with the days counted as negative', () => {
    const [decision] = statutoryClock(dates({ notification: '2024-01-31' }), false, '2024-03-05')

    expect(decision).toMatchObject({ dueOn: '2024-02-29', state: 'overdue', daysLeft: -5 })
  })

  it('marks the decision done once it is taken, and has the review due six months after it', () => {
    const [decision, review] = statutoryClock(dates({ notification: '2024-01-10', decision: '2024-02-29' }), false, '2024-08-20')

    expect(decision).toMatchObject({ key: 'decision', dueOn: '2024-02-10', state: 'done', daysLeft: null })
    expect(review).toMatchObject({ key: 'review', dueOn: '2024-08-29', state: 'due', daysLeft: 9 })
  })

  it('has the review overdue after its six months, and done once the review is finished', () => {
    const known = dates({ notification: '2024-07-01', decision: '2024-08-31' })

    expect(statutoryClock(known, false, '2025-03-03')[1]).toMatchObject({ dueOn: '2025-02-28', state: 'overdue', daysLeft: -3 })
    expect(statutoryClock(known, true, '2025-03-03')[1]).toMatchObject({ dueOn: '2025-02-28', state: 'done', daysLeft: null })
  })

  it('counts a decision taken without a recorded notification as done', () => {
    const [decision, review] = statutoryClock(dates({ decision: '2024-01-31' }), false, '2024-02-01')

    expect(decision).toMatchObject({ dueOn: null, state: 'done' })
    expect(review).toMatchObject({ dueOn: '2024-07-31', state: 'due', daysLeft: 181 })
  })
})

describe('the next deadline', () => {
  it('is the first step that is due or overdue', () => {
    const overdueDecision = statutoryClock(dates({ notification: '2024-01-31' }), false, '2024-03-05')
    const reviewDue = statutoryClock(dates({ notification: '2024-01-10', decision: '2024-02-01' }), false, '2024-03-05')

    expect(nextDeadline(overdueDecision)).toMatchObject({ key: 'decision', state: 'overdue' })
    expect(nextDeadline(reviewDue)).toMatchObject({ key: 'review', state: 'due', dueOn: '2024-08-01' })
  })

  it('is none when every step is done or still waiting for a date', () => {
    expect(nextDeadline(statutoryClock(dates({}), false, '2024-03-05'))).toBeNull()
    expect(nextDeadline(statutoryClock(dates({ notification: '2024-01-10', decision: '2024-02-01' }), true, '2024-03-05'))).toBeNull()
  })
})
