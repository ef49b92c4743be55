/**
 * @module
 * The order the action plan is shown and exported in: by the number of the recommendation each action
 * answers, then by target date; actions whose recommendation has left the report come last.
 */
import type { Action } from './action.js'

const NO_NUMBER = Number.MAX_SAFE_INTEGER

/** `numbers`: recommendation id → its number in the report. */
export function inPlanOrder<T extends Pick<Action, 'recommendationId' | 'targetDate'>>(actions: readonly T[], numbers: ReadonlyMap<string, number>): T[] {
  const numberOf = (action: T) => numbers.get(action.recommendationId) ?? NO_NUMBER
  return [...actions].sort((a, b) => numberOf(a) - numberOf(b) || a.targetDate.localeCompare(b.targetDate))
}
