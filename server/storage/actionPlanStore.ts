/**
 * @module
 * Where each review's action plan is kept: its actions, each with a revision. The embedded default is
 * `fileActionPlanStore.ts` (one JSON file per review); a server database can implement the same
 * interface. Reads are synchronous (the review list asks every review's overdue count): a store loads
 * what it holds when it opens.
 */
import type { StoredAction } from '../../shared/actionPlan/action.js'

export interface ActionPlanStore {
  /** The review's actions, in the order they were added; none for a review without a plan. */
  actionsOf(reviewId: string): readonly StoredAction[]
  /**
   * Makes `change` to the review's actions and stores it, all or nothing: when `change` throws, or
   * storing fails (`storage_unavailable`), nothing is changed. Changes to one review are made one at a
   * time. Resolves with what `change` returned.
   */
  update<R>(reviewId: string, change: (actions: StoredAction[]) => R): Promise<R>
  /** Stops retrying failed writes; on shutdown. */
  close(): void
}
