/**
 * @module
 * The action plan as the API shows it on a given day: each action with the status the board sees
 * (overdue once its target date has passed), in recommendation order, filtered by lead agency and
 * status, with the recommendations in public form and how many actions are overdue.
 */
import type { StoredAction } from '../../shared/actionPlan/action.js'
import { effectiveActionStatus } from '../../shared/actionPlan/actionStatus.js'
import { filterActions, type ActionFilter } from '../../shared/actionPlan/filters.js'
import { summariseOverdueActions } from '../../shared/actionPlan/overdue.js'
import { inPlanOrder } from '../../shared/actionPlan/planOrder.js'
import type { ActionPlanView, PlanRecommendation } from '../../shared/api/actionPlan.js'
import type { Agency } from '../../shared/api/reviews.js'
import { numbersOf } from './planRecommendations.js'

export interface PlanReview {
  id: string
  title: string
  agencies: readonly Agency[]
}

/** The overdue count covers the whole plan, whatever the filter shows. */
export function actionPlanView(review: PlanReview, actions: readonly StoredAction[], recommendations: readonly PlanRecommendation[], today: string, filter: ActionFilter = {}): ActionPlanView {
  const shown = inPlanOrder(filterActions(actions, filter, today), numbersOf(recommendations))
  return {
    reviewId: review.id,
    title: review.title,
    today,
    agencies: [...review.agencies],
    recommendations: [...recommendations],
    actions: shown.map((action) => ({ ...structuredClone(action), effectiveStatus: effectiveActionStatus(action, today) })),
    overdue: summariseOverdueActions(actions, today),
  }
}
