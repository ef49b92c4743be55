/**
 * @module
 * The statutory clock of a review in words: "Decision due 5 December 2026 (13 days left)".
 */
import type { Review, ReviewStatus } from '../../shared/api/reviews'
import { nextDeadline, statutoryClock, todayIso, type ClockStep } from '../../shared/reviews/statutoryClock'
import { formatIsoDate } from '../forms/formatDate'

const FINISHED: readonly ReviewStatus[] = ['signed-off', 'published']

export function isFinished(status: ReviewStatus): boolean {
  return FINISHED.includes(status)
}

export function clockOf(review: Pick<Review, 'dates' | 'status'>, today = todayIso()): ClockStep[] {
  return statutoryClock(review.dates, isFinished(review.status), today)
}

export function nextDeadlineOf(review: Pick<Review, 'dates' | 'status'>, today = todayIso()): ClockStep | null {
  return nextDeadline(clockOf(review, today))
}

const SHORT_NAMES: Record<ClockStep['key'], string> = { decision: 'Decision', review: 'Review' }

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** How long is left, or how late it is: "13 days left", "due today", "3 days late". */
export function daysText(daysLeft: number): string {
  if (daysLeft === 0) return 'due today'
  return daysLeft > 0 ? `${plural(daysLeft, 'day')} left` : `${plural(-daysLeft, 'day')} late`
}

/** One line for a due or overdue step, starting with what is due. */
export function deadlineText(step: ClockStep): string {
  if (!step.dueOn || step.daysLeft === null) return ''
  const verb = step.state === 'overdue' ? 'was due' : 'due'
  return `${SHORT_NAMES[step.key]} ${verb} ${formatIsoDate(step.dueOn)} (${daysText(step.daysLeft)})`
}
