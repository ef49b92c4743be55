/**
 * @module
 * Overdue actions of a review, for the review list: how many, and the ones most overdue first; and the
 * actions the board is due to look at again.
 */
import { z } from 'zod'
import { IsoDateSchema } from '../api/reviews.js'
import { isOverdueOn, type DatedStatus } from './actionStatus.js'

/** The actions overdue on `today`, the earliest target date first. */
export function findOverdueActions<T extends DatedStatus>(actions: readonly T[], today: string): T[] {
  return actions.filter((action) => isOverdueOn(action, today)).sort((a, b) => a.targetDate.localeCompare(b.targetDate))
}

export const OverdueSummarySchema = z.object({
  overdueCount: z.number().int().min(0),
  /** The target date of the action overdue longest, or null when none is. */
  earliestTargetDate: IsoDateSchema.nullable(),
})
export type OverdueSummary = z.infer<typeof OverdueSummarySchema>

/** One pass, no copy or sort: the review list asks this of every review on every load. */
export function summariseOverdueActions(actions: readonly DatedStatus[], today: string): OverdueSummary {
  let overdueCount = 0
  let earliestTargetDate: string | null = null
  for (const action of actions) {
    if (!isOverdueOn(action, today)) continue
    overdueCount += 1
    if (earliestTargetDate === null || action.targetDate < earliestTargetDate) earliestTargetDate = action.targetDate
  }
  return { overdueCount, earliestTargetDate }
}

/** "1 action overdue", "3 actions overdue", or null when none is. */
export function overdueText({ overdueCount }: OverdueSummary): string | null {
  if (overdueCount === 0) return null
  return `${overdueCount} ${overdueCount === 1 ? 'action' : 'actions'} overdue`
}

/** True when the board's next look at an unfinished action is due on or before `today`. */
export function isMonitoringDue({ status, nextMonitoringDate }: { status: DatedStatus['status']; nextMonitoringDate: string | null }, today: string): boolean {
  return status !== 'complete' && nextMonitoringDate !== null && nextMonitoringDate <= today
}
