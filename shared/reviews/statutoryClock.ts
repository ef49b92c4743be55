/**
 * @module
 * The statutory clock of a review, derived from its key dates: the decision to hold a review is due
 * one month after the notification, and the review six months after the decision. Dates are ISO
 * calendar dates (`YYYY-MM-DD`), compared as days in UTC so that no time zone moves a deadline.
 */
export interface KeyDates {
  notification: string | null
  decision: string | null
  panelFirstMeeting: string | null
}

/** Dates in an order that cannot be: the decision cannot come before the notification. */
export function isDecisionBeforeNotification(dates: KeyDates): boolean {
  return dates.decision !== null && dates.notification !== null && dates.decision < dates.notification
}

export type StepState = 'done' | 'due' | 'overdue' | 'waiting'

export interface ClockStep {
  key: 'decision' | 'review'
  label: string
  dueOn: string | null
  state: StepState
  /** Days from today to the due date; negative when overdue; null when done or not yet known. */
  daysLeft: number | null
}

const DAY_MS = 86_400_000

function toUtcDay(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number)
  return Date.UTC(year, month - 1, day)
}

function fromUtcDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10)
}

/** The same day `months` later, or the last day of that month when it is shorter (31 Jan + 1 = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [year, month, day] = isoDate.split('-').map(Number)
  const target = new Date(Date.UTC(year, month - 1 + months, 1))
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate()
  target.setUTCDate(Math.min(day, lastDay))
  return fromUtcDay(target.getTime())
}

export function daysBetween(fromIsoDate: string, toIsoDate: string): number {
  return Math.round((toUtcDay(toIsoDate) - toUtcDay(fromIsoDate)) / DAY_MS)
}

function step(key: ClockStep['key'], label: string, dueOn: string | null, done: boolean, today: string): ClockStep {
  if (done) return { key, label, dueOn, state: 'done', daysLeft: null }
  if (!dueOn) return { key, label, dueOn, state: 'waiting', daysLeft: null }
  const daysLeft = daysBetween(today, dueOn)
  return { key, label, dueOn, state: daysLeft < 0 ? 'overdue' : 'due', daysLeft }
}

export function statutoryClock(dates: KeyDates, reviewFinished: boolean, today: string): ClockStep[] {
  const decisionDue = dates.notification ? addMonths(dates.notification, 1) : null
  const reviewDue = dates.decision ? addMonths(dates.decision, 6) : null
  return [
    step('decision', 'Decision whether to hold a review', decisionDue, dates.decision !== null, today),
    step('review', 'Review completed', reviewDue, reviewFinished, today),
  ]
}

/** The first step not yet done that has a due date, if any. */
export function nextDeadline(steps: ClockStep[]): ClockStep | null {
  return steps.find((candidate) => candidate.state === 'due' || candidate.state === 'overdue') ?? null
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10)
}
