/**
 * @module
 * The report's recommendations as the action plan shows them: numbered in document order, with their
 * text in public form (every redaction as its pseudonym or neutral wording). The action plan is edited
 * by people who may not read the report (the board's administrator), so no confidential text leaves here:
 * a recommendation whose public text still holds a register name, an alias or a UK identifier (text the
 * author has not redacted yet) is shown withheld, for everyone, until it is redacted.
 */
import type { PlanRecommendation } from '../../shared/api/actionPlan.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { numberRecommendations } from '../../shared/recommendations/numbering.js'
import { pseudonymLookup, toPublicNode } from '../../shared/redaction/publicText.js'
import { scanText } from '../../shared/redaction/leakCheck.js'
import { readRegister, registerMatcherOf } from '../../shared/redaction/registerDoc.js'
import { RegisterMatcher } from '../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../shared/schema/index.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { documentToJson } from '../export/documentJson.js'

export const WITHHELD_TEXT = 'Text withheld: this recommendation names someone, or holds an identifier, not yet redacted in the report.'

export async function readPlanRecommendations(registry: DocumentRegistry, reviewId: string): Promise<PlanRecommendation[]> {
  const read = await registry.read(reviewDocumentName({ reviewId, kind: 'report' }), (document) => ({
    json: documentToJson(document.doc),
    register: readRegister(document.doc),
  }))
  const schema = getReportSchema()
  const publicReport = schema.nodeFromJSON(toPublicNode(schema.nodeFromJSON(read.json), pseudonymLookup(read.register.entities)))
  const scanner = { matcher: registerMatcherOf(read.register), memberNames: new RegisterMatcher([]), accepted: [] }
  const seen = new Set<string>()
  return numberRecommendations(publicReport).flatMap(({ recommendationId, number, text }) => {
    // A recommendation without an id yet (before the id fix-up), or a copy of one, cannot carry actions.
    if (!recommendationId || seen.has(recommendationId)) return []
    seen.add(recommendationId)
    const unredacted = scanText(text, 'recommendation', scanner).length > 0
    return [{ recommendationId, number, text: unredacted ? WITHHELD_TEXT : text }]
  })
}

/** Whether the report holds a recommendation with this id now: a plain read, without the public text and its scan. */
export async function hasRecommendation(registry: DocumentRegistry, reviewId: string, recommendationId: string): Promise<boolean> {
  const json = await registry.read(reviewDocumentName({ reviewId, kind: 'report' }), (document) => documentToJson(document.doc))
  return numberRecommendations(getReportSchema().nodeFromJSON(json)).some((recommendation) => recommendation.recommendationId === recommendationId)
}

/** Recommendation id → its number, for labelling and ordering actions. */
export function numbersOf(recommendations: readonly PlanRecommendation[]): Map<string, number> {
  return new Map(recommendations.map(({ recommendationId, number }) => [recommendationId, number]))
}
