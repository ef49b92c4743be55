/**
 * @module
 * The action plan's API paths and loading, and the filters it takes in the page's query string
 * (`?agency=police&status=overdue`, each repeatable): read from the address and written back to it.
 */
import { ACTION_STATUSES, type ActionStatus } from '../../shared/actionPlan/actionStatus'
import { ActionPlanViewSchema } from '../../shared/api/actionPlan'
import { useResource } from '../api/useResource'

export const actionPlanApiPath = (reviewId: string, part = ''): string => `/api/reviews/${reviewId}/action-plan${part}`

export function useActionPlan(reviewId: string) {
  return useResource(actionPlanApiPath(reviewId), ActionPlanViewSchema)
}

export interface PlanFilter {
  agency: string[]
  status: ActionStatus[]
}

export const NO_PLAN_FILTER: PlanFilter = { agency: [], status: [] }

const isStatus = (value: string): value is ActionStatus => (ACTION_STATUSES as readonly string[]).includes(value)

/** The filter in a query string, keeping only agencies of the review and known statuses, in their own order. */
export function filterFromQuery(search: string, agencyIds: readonly string[]): PlanFilter {
  const params = new URLSearchParams(search)
  const agency = params.getAll('agency')
  const status = params.getAll('status').filter(isStatus)
  return { agency: agencyIds.filter((id) => agency.includes(id)), status: ACTION_STATUSES.filter((value) => status.includes(value)) }
}
