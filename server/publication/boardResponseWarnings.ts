/**
 * @module
 * What the board's response and action plan summary still lacks before it is published: the board's
 * answer on the findings, and an action for each recommendation of the report. Warnings, never a
 * refusal: the file can be made without them, it just says so.
 */
import type { Action } from '../../shared/actionPlan/action.js'
import type { StoredBoardResponse } from '../../shared/api/boardResponse.js'
import type { PackWarning } from '../../shared/api/publicationPack.js'
import { numberRecommendations } from '../../shared/recommendations/numbering.js'
import type { PublicSummarySource } from '../export/publicSummary.js'

export interface BoardResponseWarningsInput {
  source: Pick<PublicSummarySource, 'report'>
  response: Pick<StoredBoardResponse, 'acceptance'>
  actions: readonly Pick<Action, 'recommendationId'>[]
}

export function boardResponseWarnings({ source, response, actions }: BoardResponseWarningsInput): PackWarning[] {
  const warnings: PackWarning[] = []
  if (response.acceptance === null) warnings.push({ message: 'The board’s response has not been written yet: it does not say whether the board accepts the findings.' })
  const withActions = new Set(actions.map((action) => action.recommendationId))
  for (const recommendation of numberRecommendations(source.report)) {
    if (recommendation.recommendationId === null || !withActions.has(recommendation.recommendationId)) warnings.push({ message: `Recommendation ${recommendation.number} has no actions on the action plan yet.`, fixedOn: 'action-plan' })
  }
  return warnings
}
