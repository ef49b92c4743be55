/**
 * @module
 * What the author is told about the recommendations as a whole and one by one. These are warnings,
 * never errors: the report can still be saved and exported with them.
 */
import { BOARD_ADDRESSEE } from '../schema/recommendation.js'
import type { AddresseeAgency } from './addressees.js'
import type { NumberedRecommendation } from './numbering.js'

/** More than this many recommendations draws a warning. */
export const RECOMMENDATION_LIMIT = 10

export const RECOMMENDATION_WARNING_CODES = ['too-many', 'no-finding', 'finding-missing', 'no-addressee', 'unknown-addressee', 'outside-section'] as const
export type RecommendationWarningCode = (typeof RECOMMENDATION_WARNING_CODES)[number]

export interface RecommendationWarning {
  code: RecommendationWarningCode
  /** The recommendation it is about, or null for the report as a whole. */
  recommendationId: string | null
  number: number | null
  message: string
}

export interface WarningOptions {
  limit?: number
  /** The review's agencies; when given, an addressee that is not one of them (nor the board) is flagged. */
  agencies?: readonly AddresseeAgency[]
}

export function findRecommendationWarnings(recommendations: readonly NumberedRecommendation[], { limit = RECOMMENDATION_LIMIT, agencies }: WarningOptions = {}): RecommendationWarning[] {
  const warnings: RecommendationWarning[] = []
  if (recommendations.length > limit) {
    warnings.push({
      code: 'too-many',
      recommendationId: null,
      number: null,
      message: `There are ${recommendations.length} recommendations: guidance asks for a few, specific recommendations (${limit} or fewer).`,
    })
  }
  for (const { recommendationId, number, findingId, finding, addressees, sectionKind } of recommendations) {
    const about = { recommendationId, number }
    if (sectionKind !== 'recommendations') warnings.push({ code: 'outside-section', ...about, message: `Recommendation ${number} is outside the Recommendations section.` })
    if (!findingId) warnings.push({ code: 'no-finding', ...about, message: `Recommendation ${number} does not say which finding it answers.` })
    else if (!finding) warnings.push({ code: 'finding-missing', ...about, message: `Recommendation ${number} answers a finding that is no longer in the report.` })
    if (addressees.length === 0) warnings.push({ code: 'no-addressee', ...about, message: `Recommendation ${number} is not addressed to the board or to any agency.` })
    if (agencies) {
      const unknown = addressees.filter((addressee) => addressee !== BOARD_ADDRESSEE && !agencies.some((agency) => agency.id === addressee))
      if (unknown.length > 0) warnings.push({ code: 'unknown-addressee', ...about, message: `Recommendation ${number} is addressed to an agency that is no longer part of this review.` })
    }
  }
  return warnings
}
