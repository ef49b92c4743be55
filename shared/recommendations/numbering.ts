/**
 * @module
 * Findings and recommendations as the report reads them: numbered 1, 2, 3… in document order, each
 * recommendation with the finding it answers. Nothing here is stored: numbers are worked out from the
 * document every time, so they are right after any edit, local or concurrent.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { FINDING, readFindingId } from '../schema/finding.js'
import { RECOMMENDATION, readRecommendationAttributes } from '../schema/recommendation.js'
import { SECTION_HEADING_LEVEL, isSectionKind, type SectionKind } from '../schema/sectionKinds.js'

export interface NumberedFinding {
  /** Null only until the id fix-up has run. */
  findingId: string | null
  number: number
  text: string
  pos: number
  sectionKind: SectionKind | null
}

export interface NumberedRecommendation {
  recommendationId: string | null
  number: number
  text: string
  pos: number
  /** The id stored on the recommendation, whether or not that finding still exists. */
  findingId: string | null
  /** The finding it answers, or null when it names none or names one no longer in the report. */
  finding: { findingId: string; number: number; text: string } | null
  addressees: string[]
  /** The kind of the section it stands in: `recommendations` where it belongs. */
  sectionKind: SectionKind | null
}

const blockText = (node: ProseMirrorNode) => node.textBetween(0, node.content.size, '\n').trim()

interface FoundBlock {
  node: ProseMirrorNode
  pos: number
  /** The kind of the section it stands in, or null before the first section heading. */
  sectionKind: SectionKind | null
}

interface FoundBlocks {
  findings: FoundBlock[]
  recommendations: FoundBlock[]
}

// Documents never change, so one walk serves every question asked of the same document (the labels, the panel, an export).
const foundIn = new WeakMap<ProseMirrorNode, FoundBlocks>()

/** The findings and recommendations of `doc` in document order, found in one walk. */
function findNumberedBlocks(doc: ProseMirrorNode): FoundBlocks {
  const cached = foundIn.get(doc)
  if (cached) return cached
  const found: FoundBlocks = { findings: [], recommendations: [] }
  const add = (node: ProseMirrorNode, pos: number, sectionKind: SectionKind | null): boolean => {
    const list = node.type.name === FINDING ? found.findings : node.type.name === RECOMMENDATION ? found.recommendations : null
    list?.push({ node, pos, sectionKind })
    return list !== null
  }
  let sectionKind: SectionKind | null = null
  doc.forEach((topLevel, offset) => {
    if (topLevel.type.name === 'heading' && topLevel.attrs.level === SECTION_HEADING_LEVEL) {
      sectionKind = isSectionKind(topLevel.attrs.sectionKind) ? topLevel.attrs.sectionKind : 'other'
      return
    }
    if (add(topLevel, offset, sectionKind) || topLevel.isTextblock) return
    const kind = sectionKind
    topLevel.descendants((node, pos) => !add(node, offset + 1 + pos, kind) && !node.isTextblock)
  })
  foundIn.set(doc, found)
  return found
}

export function numberFindings(doc: ProseMirrorNode): NumberedFinding[] {
  return findNumberedBlocks(doc).findings.map(({ node, pos, sectionKind }, index) => ({ findingId: readFindingId(node.attrs.findingId), number: index + 1, text: blockText(node), pos, sectionKind }))
}

export function numberRecommendations(doc: ProseMirrorNode, findings: readonly NumberedFinding[] = numberFindings(doc)): NumberedRecommendation[] {
  const findingsById = new Map<string, NumberedFinding>()
  for (const finding of findings) if (finding.findingId && !findingsById.has(finding.findingId)) findingsById.set(finding.findingId, finding)
  return findNumberedBlocks(doc).recommendations.map(({ node, pos, sectionKind }, index) => {
    const attrs = readRecommendationAttributes(node.attrs)
    const finding = attrs.findingId ? findingsById.get(attrs.findingId) : undefined
    return {
      recommendationId: attrs.recommendationId,
      number: index + 1,
      text: blockText(node),
      pos,
      findingId: attrs.findingId,
      finding: finding?.findingId ? { findingId: finding.findingId, number: finding.number, text: finding.text } : null,
      addressees: attrs.addressees,
      sectionKind,
    }
  })
}

/** Recommendation id → its number, for the action plan to label actions with ("Recommendation 3"). */
export function recommendationNumbers(recommendations: readonly NumberedRecommendation[]): Map<string, number> {
  const numbers = new Map<string, number>()
  for (const { recommendationId, number } of recommendations) if (recommendationId && !numbers.has(recommendationId)) numbers.set(recommendationId, number)
  return numbers
}
