/**
 * @module
 * The status of an action in the action plan, its label and its RAG colour, and the status it
 * effectively has on a given day.
 *
 * 'overdue' exists twice: chosen by hand, and worked out from the target date. The recorded status is
 * what the lead agency last reported; the effective status is what the board sees. An action whose
 * target date has passed and is not complete is overdue whatever was recorded (on track, at risk, not
 * started): the date speaks for itself, and the only ways out are completing it or agreeing a new target
 * date. Overdue chosen by hand stays overdue even before the target date: the lead may know a
 * milestone has slipped. Complete is never overdue.
 */
import { z } from 'zod'

export const ACTION_STATUSES = ['not-started', 'on-track', 'at-risk', 'overdue', 'complete'] as const
export const ActionStatusSchema = z.enum(ACTION_STATUSES)
export type ActionStatus = z.infer<typeof ActionStatusSchema>

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  'not-started': 'Not started',
  'on-track': 'On track',
  'at-risk': 'At risk',
  overdue: 'Overdue',
  complete: 'Complete',
}

export const RAG_COLOURS = ['red', 'amber', 'green'] as const
export type RagColour = (typeof RAG_COLOURS)[number]

/** Not started is amber: not late yet (late is overdue, red), but not under way either. Always shown with its label, never by colour alone. */
export const ACTION_STATUS_RAG: Record<ActionStatus, RagColour> = {
  'not-started': 'amber',
  'on-track': 'green',
  'at-risk': 'amber',
  overdue: 'red',
  complete: 'green',
}

export interface DatedStatus {
  status: ActionStatus
  /** `YYYY-MM-DD`: the last day by which the change is due. */
  targetDate: string
}

/** True when the target date is before `today` (`YYYY-MM-DD`, the board's local day) and the action is not complete. */
export function isPastTargetDate({ status, targetDate }: DatedStatus, today: string): boolean {
  return status !== 'complete' && targetDate < today
}

/** The status the board sees on `today`: the recorded one, unless the target date has passed (see the module comment). */
export function effectiveActionStatus(action: DatedStatus, today: string): ActionStatus {
  return isPastTargetDate(action, today) ? 'overdue' : action.status
}

export function isOverdueOn(action: DatedStatus, today: string): boolean {
  return effectiveActionStatus(action, today) === 'overdue'
}
