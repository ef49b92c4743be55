/**
 * @module
 * The action plan routes of a review (listed in `shared/api/actionPlan.ts`): validate, ask the action
 * plan service, answer. The downloads are recorded in the audit log before they are sent.
 */
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { ActionIdSchema, NewActionSchema } from '../../shared/actionPlan/action.js'
import { ActionPlanQuerySchema, ChangeActionSchema, type ActionPlanQuery } from '../../shared/api/actionPlan.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import { writeActionPlanCsv } from '../actionPlan/actionPlanCsv.js'
import { renderActionPlanDocx } from '../actionPlan/actionPlanDocx.js'
import { actionNotFound, type ActionPlanService } from '../actionPlan/actionPlanService.js'
import type { AuditLog } from '../audit/auditLog.js'
import { AppError } from '../errors.js'
import type { Actor } from '../reviews/memberService.js'
import { readBody, readParam, requireUser, type AppEnv } from './context.js'

const reviewNotFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')
const RevisionQuerySchema = z.string().regex(/^[1-9]\d{0,9}$/).transform(Number)
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
/** The documents' author: the plan belongs to the board, not to whoever downloaded it. */
const PUBLISHER = 'Local Safeguarding Children Board'

const reviewIdOf = (c: Context<AppEnv>) => readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound)
const actionIdOf = (c: Context<AppEnv>) => readParam(c.req.param('actionId'), ActionIdSchema, actionNotFound)
const actorOf = (c: Context<AppEnv>): Actor => ({ user: requireUser(c), ip: c.get('clientIp') })

/** The filters in the query string (`?agency=…&status=…`, each repeatable); other parameters are ignored. */
function filterOf(c: Context<AppEnv>): ActionPlanQuery {
  const parsed = ActionPlanQuerySchema.safeParse({ agency: c.req.queries('agency') ?? [], status: c.req.queries('status') ?? [] })
  if (parsed.success) return parsed.data
  const details = parsed.error.issues.map((issue) => ({ path: String(issue.path[0] ?? ''), message: issue.path[0] === 'status' ? 'Choose a status: not-started, on-track, at-risk, overdue or complete.' : issue.message }))
  throw new AppError('validation_failed', 400, `The filter is not valid: ${details[0].path}: ${details[0].message}`, details)
}

export function actionPlanRoutes(actionPlans: ActionPlanService, audit: AuditLog): Hono<AppEnv> {
  const download = async (c: Context<AppEnv>, file: 'action-plan.csv' | 'action-plan.docx') => {
    const user = requireUser(c)
    const reviewId = reviewIdOf(c)
    const plan = await actionPlans.view(user, reviewId, filterOf(c))
    // Nothing leaves unrecorded.
    await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId, ip: c.get('clientIp'), details: { export: file } })
    c.header('Content-Disposition', `attachment; filename="${file.replace('action-plan', `action-plan-${reviewId}`)}"`)
    if (file === 'action-plan.csv') {
      c.header('Content-Type', 'text/csv; charset=utf-8')
      return c.body(writeActionPlanCsv(plan))
    }
    c.header('Content-Type', DOCX_TYPE)
    return c.body(await renderActionPlanDocx(plan, { publisher: PUBLISHER }))
  }

  return new Hono<AppEnv>()
    .get('/:id/action-plan', async (c) => c.json(await actionPlans.view(requireUser(c), reviewIdOf(c), filterOf(c))))
    .get('/:id/action-plan.csv', (c) => download(c, 'action-plan.csv'))
    .get('/:id/action-plan.docx', (c) => download(c, 'action-plan.docx'))
    .post('/:id/action-plan/actions', async (c) => {
      const user = requireUser(c)
      const reviewId = reviewIdOf(c)
      actionPlans.requireEditable(user, reviewId)
      const fields = await readBody(c, NewActionSchema)
      return c.json(await actionPlans.add(user, reviewId, fields, actorOf(c)), 201)
    })
    .put('/:id/action-plan/actions/:actionId', async (c) => {
      const user = requireUser(c)
      const reviewId = reviewIdOf(c)
      actionPlans.requireEditable(user, reviewId)
      const actionId = actionIdOf(c)
      const change = await readBody(c, ChangeActionSchema)
      return c.json(await actionPlans.update(user, reviewId, actionId, change, actorOf(c)))
    })
    .delete('/:id/action-plan/actions/:actionId', async (c) => {
      const user = requireUser(c)
      const reviewId = reviewIdOf(c)
      actionPlans.requireEditable(user, reviewId)
      const actionId = actionIdOf(c)
      // Deleting what is already gone is done; only an action still there needs the revision it was read at.
      if (!actionPlans.hasActionToDelete(user, reviewId, actionId)) return c.body(null, 204)
      const parsed = RevisionQuerySchema.safeParse(c.req.query('revision'))
      const message = 'Name the revision of the action you are deleting, as ?revision=N.'
      if (!parsed.success) throw new AppError('validation_failed', 400, message, [{ path: 'revision', message }])
      await actionPlans.remove(user, reviewId, actionId, parsed.data, actorOf(c))
      return c.body(null, 204)
    })
}
