/**
 * @module
 * The action plan filtered by lead agency and by status. Status means the effective status on the day
 * (see `actionStatus.ts`): asking for overdue actions finds those whose target date has passed too.
 */
import { effectiveActionStatus, type ActionStatus } from './actionStatus.js'
import type { Action } from './action.js'

export interface ActionFilter {
  /** Only actions led by these agencies; empty or missing for all. */
  leadAgencyIds?: readonly string[]
  /** Only actions with these effective statuses; empty or missing for all. */
  statuses?: readonly ActionStatus[]
  /** Only actions answering this recommendation. */
  recommendationId?: string
}

export function filterActions<T extends Pick<Action, 'leadAgencyId' | 'status' | 'targetDate' | 'recommendationId'>>(actions: readonly T[], filter: ActionFilter, today: string): T[] {
  const { leadAgencyIds = [], statuses = [], recommendationId } = filter
  return actions.filter(
    (action) =>
      (leadAgencyIds.length === 0 || leadAgencyIds.includes(action.leadAgencyId)) &&
      (statuses.length === 0 || statuses.includes(effectiveActionStatus(action, today))) &&
      (recommendationId === undefined || action.recommendationId === recommendationId),
  )
}
