/**
 * @module
 * Each review's action plan: the actions that answer its recommendations. Every request checks the
 * caller's capability (`actions.read`, `actions.edit`); a lead agency must be one of the review's
 * agencies and a recommendation one of the report's when an action is added or moved to another. Each
 * change bumps the action's revision (a change against an older one is refused with 409
 * `edit_conflict`), is stored all or nothing, and goes into the audit log (never the action's text).
 */
import { randomBytes } from 'node:crypto'
import type { NewAction, StoredAction } from '../../shared/actionPlan/action.js'
import { boardDay } from '../../shared/actionPlan/boardDay.js'
import type { ActionFilter } from '../../shared/actionPlan/filters.js'
import { summariseOverdueActions, type OverdueSummary } from '../../shared/actionPlan/overdue.js'
import type { ActionPlanQuery, ActionPlanView, ChangeAction } from '../../shared/api/actionPlan.js'
import type { AuditAction } from '../../shared/api/audit.js'
import type { User } from '../../shared/api/auth.js'
import type { StoredReview } from '../../shared/api/reviews.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import type { Actor } from '../reviews/memberService.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { ActionPlanStore } from '../storage/actionPlanStore.js'
import { actionPlanView, type PlanReview } from './actionPlanView.js'
import { hasRecommendation, readPlanRecommendations } from './planRecommendations.js'

/** The most actions one plan holds: far more than any board monitors. */
export const MAX_ACTIONS = 500

export const actionNotFound = () => new AppError('action_not_found', 404, 'This action plan has no action with that id. Someone may have deleted it.')

function editConflict(action: StoredAction): AppError {
  return new AppError(
    'edit_conflict',
    409,
    `Someone else changed this action while you were editing it, so your change was not saved. Reload the action to see theirs (it is now at revision ${action.revision}), then make your change again.`,
    { revision: action.revision },
  )
}

function invalidField(path: string, message: string): AppError {
  return new AppError('validation_failed', 400, `The request body is not valid: ${path}: ${message}`, [{ path, message }])
}

const newActionId = () => `act_${randomBytes(8).toString('hex')}`

export class ActionPlanService {
  constructor(
    private readonly reviews: ReviewService,
    private readonly store: ActionPlanStore,
    private readonly registry: DocumentRegistry,
    private readonly audit: AuditLog,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The review's actions as stored, without access checks. */
  list(reviewId: string): readonly StoredAction[] {
    return this.store.actionsOf(reviewId)
  }

  /** How many of the review's actions are overdue on the board's day, for the review list. */
  overdueSummary(reviewId: string): OverdueSummary {
    return summariseOverdueActions(this.list(reviewId), this.today())
  }

  /** The board's day, on which statuses and overdue actions are worked out. */
  today(): string {
    return boardDay(this.now())
  }

  /** The plan for someone who may read it, filtered as asked; an agency in the filter must be the review's. */
  async view(user: User, reviewId: string, query: ActionPlanQuery): Promise<ActionPlanView> {
    const { review } = this.reviews.require(user, reviewId, 'actions.read')
    for (const agencyId of query.agency) {
      if (!review.agencies.some((agency) => agency.id === agencyId)) throw invalidField('agency', `This review has no agency “${agencyId}”. Choose one of its agencies.`)
    }
    return this.planOf(review, { leadAgencyIds: query.agency, statuses: query.status })
  }

  /**
   * The whole plan of a review, without access checks: for an output whose route has checked access
   * itself (the publication pack, which leak-checks every file made from it). Its recommendations are
   * in public form; the actions' own text is as typed.
   */
  async planOf(review: PlanReview, filter: ActionFilter = {}): Promise<ActionPlanView> {
    const recommendations = await readPlanRecommendations(this.registry, review.id)
    return actionPlanView(review, this.list(review.id), recommendations, this.today(), filter)
  }

  /** Refuses (before a body is read) when the caller may not change this plan. */
  requireEditable(user: User, reviewId: string): void {
    this.reviews.require(user, reviewId, 'actions.edit')
  }

  async add(user: User, reviewId: string, fields: NewAction, actor: Actor): Promise<StoredAction> {
    const { review } = this.reviews.require(user, reviewId, 'actions.edit')
    this.checkAgency(review, fields.leadAgencyId, 'leadAgencyId')
    await this.checkRecommendation(reviewId, fields.recommendationId, 'recommendationId')
    const action = await this.store.update(reviewId, (actions) => {
      if (actions.length >= MAX_ACTIONS) throw new AppError('validation_failed', 400, `An action plan holds at most ${MAX_ACTIONS} actions. Nothing was changed.`)
      const created: StoredAction = { id: newActionId(), ...fields, revision: 1, updatedAt: this.now().toISOString() }
      actions.push(created)
      return created
    })
    await this.record(actor, reviewId, 'action.created', { actionId: action.id, recommendationId: action.recommendationId })
    return structuredClone(action)
  }

  async update(user: User, reviewId: string, actionId: string, change: ChangeAction, actor: Actor): Promise<StoredAction> {
    const { review } = this.reviews.require(user, reviewId, 'actions.edit')
    const { fields } = change
    if (fields.leadAgencyId !== undefined) this.checkAgency(review, fields.leadAgencyId, 'fields.leadAgencyId')
    const current = this.list(reviewId).find((action) => action.id === actionId)
    if (!current) throw actionNotFound()
    // Only a move to another recommendation is checked: an action may stay with one the report has since lost.
    if (fields.recommendationId !== undefined && fields.recommendationId !== current.recommendationId) {
      await this.checkRecommendation(reviewId, fields.recommendationId, 'fields.recommendationId')
    }
    const action = await this.store.update(reviewId, (actions) => {
      const stored = actions.find((candidate) => candidate.id === actionId)
      if (!stored) throw actionNotFound()
      if (stored.revision !== change.revision) throw editConflict(stored)
      Object.assign(stored, fields, { revision: stored.revision + 1, updatedAt: this.now().toISOString() })
      return stored
    })
    await this.record(actor, reviewId, 'action.changed', { actionId, revision: action.revision, fields: Object.keys(fields) })
    return structuredClone(action)
  }

  /** Whether the caller may delete actions here, and whether the action is there (deleting one already gone is done). */
  hasActionToDelete(user: User, reviewId: string, actionId: string): boolean {
    this.reviews.require(user, reviewId, 'actions.edit')
    return this.list(reviewId).some((action) => action.id === actionId)
  }

  async remove(user: User, reviewId: string, actionId: string, revision: number, actor: Actor): Promise<void> {
    this.reviews.require(user, reviewId, 'actions.edit')
    const removed = await this.store.update(reviewId, (actions) => {
      const index = actions.findIndex((candidate) => candidate.id === actionId)
      if (index === -1) return false
      if (actions[index].revision !== revision) throw editConflict(actions[index])
      actions.splice(index, 1)
      return true
    })
    if (removed) await this.record(actor, reviewId, 'action.deleted', { actionId })
  }

  private checkAgency(review: StoredReview, agencyId: string, path: string): void {
    if (!review.agencies.some((agency) => agency.id === agencyId)) throw invalidField(path, 'Choose the lead agency from the agencies of this review.')
  }

  private async checkRecommendation(reviewId: string, recommendationId: string, path: string): Promise<void> {
    if (!(await hasRecommendation(this.registry, reviewId, recommendationId))) throw invalidField(path, 'Choose a recommendation of this report. It may have been deleted from the report.')
  }

  private record(actor: Actor, reviewId: string, action: AuditAction, details: Record<string, unknown>): Promise<void> {
    return this.audit.record({ action, actorId: actor.user.id, actorEmail: actor.user.email, reviewId, ip: actor.ip, details })
  }
}
