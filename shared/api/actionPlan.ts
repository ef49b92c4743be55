/**
 * @module
 * The action plan API's bodies. Routes, all under `/api/reviews/:reviewId`:
 * - `GET    /action-plan`                     `ActionPlanView`: the recommendations (public text) and their actions
 * - `POST   /action-plan/actions`             `NewAction` → the new action (201)
 * - `PUT    /action-plan/actions/:actionId`   `ChangeAction` → the changed action; 409 `edit_conflict` on a stale revision
 * - `DELETE /action-plan/actions/:actionId`   `?revision=N`; 204, also when the action is already gone
 * - `GET    /action-plan.csv`, `.docx`        the plan as a spreadsheet or a Word document
 * The GET routes take the filters `?agency=<id>` and `?status=<status>`, each any number of times.
 */
import { z } from 'zod'
import { StoredActionSchema, UpdateActionSchema } from '../actionPlan/action.js'
import { ACTION_STATUSES, ActionStatusSchema, type ActionStatus } from '../actionPlan/actionStatus.js'
import { OverdueSummarySchema } from '../actionPlan/overdue.js'
import { AgencySchema, IsoDateSchema, SlugSchema } from './reviews.js'

export const ChangeActionSchema = z.object({ revision: z.number().int().min(1), fields: UpdateActionSchema }).strict()
export type ChangeAction = z.infer<typeof ChangeActionSchema>

/** A recommendation of the report as the action plan shows it: its number and its text in public form (pseudonyms). */
export const PlanRecommendationSchema = z.object({
  recommendationId: z.string(),
  number: z.number().int().min(1),
  text: z.string(),
})
export type PlanRecommendation = z.infer<typeof PlanRecommendationSchema>

export const PlannedActionSchema = StoredActionSchema.extend({
  /** The status the board sees on `today`: overdue once the target date has passed. */
  effectiveStatus: ActionStatusSchema,
})
export type PlannedAction = z.infer<typeof PlannedActionSchema>

export const ActionPlanViewSchema = z.object({
  reviewId: z.string(),
  title: z.string(),
  /** The board's day the statuses were worked out for. */
  today: IsoDateSchema,
  agencies: z.array(AgencySchema),
  recommendations: z.array(PlanRecommendationSchema),
  actions: z.array(PlannedActionSchema),
  overdue: OverdueSummarySchema,
})
export type ActionPlanView = z.infer<typeof ActionPlanViewSchema>

/** The filters of the GET routes, as query parameters; none given means every action. */
export const ActionPlanQuerySchema = z.object({
  agency: z.array(SlugSchema).max(30, 'Choose at most 30 agencies.').default([]),
  status: z.array(ActionStatusSchema).max(ACTION_STATUSES.length).default([]),
})
export type ActionPlanQuery = z.infer<typeof ActionPlanQuerySchema>

/** The query string of a filter, for links to the page and to the downloads. */
export function actionPlanQueryString({ agency, status }: { agency: readonly string[]; status: readonly ActionStatus[] }): string {
  const params = new URLSearchParams()
  for (const id of agency) params.append('agency', id)
  for (const value of status) params.append('status', value)
  const query = params.toString()
  return query ? `?${query}` : ''
}

