/**
 * @module
 * What the Recommendations tab shows, worked out from the report as it is now: the numbered findings
 * and recommendations, the warnings about them, and the choices for each recommendation's finding
 * and addressees. No DOM and no React, so it can be tested on its own.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { BOARD_LABEL, type AddresseeAgency } from '../../shared/recommendations/addressees'
import { numberFindings, numberRecommendations, type NumberedFinding, type NumberedRecommendation } from '../../shared/recommendations/numbering'
import { findRecommendationWarnings, type RecommendationWarning } from '../../shared/recommendations/warnings'
import { BOARD_ADDRESSEE } from '../../shared/schema/recommendation'

export interface RecommendationsView {
  findings: NumberedFinding[]
  recommendations: NumberedRecommendation[]
  /** About the recommendations as a whole (too many). */
  overall: RecommendationWarning[]
  /** About one recommendation, by its number. */
  byNumber: Map<number, RecommendationWarning[]>
}

/** `agencies`: the review's, or null while they are loading (an unknown addressee is then not flagged). */
export function recommendationsView(doc: ProseMirrorNode, agencies: readonly AddresseeAgency[] | null): RecommendationsView {
  const findings = numberFindings(doc)
  const recommendations = numberRecommendations(doc, findings)
  const warnings = findRecommendationWarnings(recommendations, agencies ? { agencies } : {})
  const byNumber = new Map<number, RecommendationWarning[]>()
  for (const warning of warnings) {
    if (warning.number === null) continue
    byNumber.set(warning.number, [...(byNumber.get(warning.number) ?? []), warning])
  }
  return { findings, recommendations, overall: warnings.filter((warning) => warning.number === null), byNumber }
}

const LABEL_LENGTH = 90

export function shorten(text: string, length = LABEL_LENGTH): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text
}

export interface Choice {
  value: string
  label: string
}

/** The select's choices: "No finding yet", each finding numbered with its text, and a finding no longer there if it names one. */
export function findingChoices(findings: readonly NumberedFinding[], recommendation: Pick<NumberedRecommendation, 'findingId' | 'finding'>): Choice[] {
  const choices: Choice[] = [{ value: '', label: 'No finding yet' }]
  for (const finding of findings) {
    if (finding.findingId) choices.push({ value: finding.findingId, label: `Finding ${finding.number}: ${finding.text ? shorten(finding.text) : 'no text yet'}` })
  }
  if (recommendation.findingId && !recommendation.finding) choices.push({ value: recommendation.findingId, label: 'A finding no longer in the report' })
  return choices
}

/** Who a recommendation can be addressed to: the board, then each of the review's agencies. */
export function addresseeChoices(agencies: readonly AddresseeAgency[]): Choice[] {
  return [{ value: BOARD_ADDRESSEE, label: BOARD_LABEL }, ...agencies.map((agency) => ({ value: agency.id, label: agency.name }))]
}

/** The addressees after one box is ticked or cleared; the order chosen is kept, and so are addressees not shown. */
export function toggleAddressee(addressees: readonly string[], addressee: string, checked: boolean): string[] {
  if (checked) return addressees.includes(addressee) ? [...addressees] : [...addressees, addressee]
  return addressees.filter((current) => current !== addressee)
}

/** The recommendation's position now: found by its id, or by its number while it has none. */
export function findRecommendation(doc: ProseMirrorNode, recommendation: Pick<NumberedRecommendation, 'recommendationId' | 'number'>): NumberedRecommendation | null {
  const current = numberRecommendations(doc)
  if (recommendation.recommendationId) return current.find((candidate) => candidate.recommendationId === recommendation.recommendationId) ?? null
  return current.find((candidate) => candidate.number === recommendation.number) ?? null
}
