/**
 * @module
 * Findings and recommendations as a file reads them: plain paragraphs, the first starting
 * "Finding 2: " or "Recommendation 3: ", a recommendation's last ending with who it is addressed to
 * and the finding it answers, in words. Every export goes through this, so the numbers a reader sees
 * are the report's own and no output needs to know about the two nodes.
 */
import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { FINDING } from '../schema/finding.js'
import { RECOMMENDATION } from '../schema/recommendation.js'
import { BOARD_LABEL, addresseesText, type AddresseeAgency } from './addressees.js'
import { numberFindings, numberRecommendations, type NumberedRecommendation } from './numbering.js'

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1)

const bold = (text: string): JSONContent => ({ type: 'text', text, marks: [{ type: 'bold' }] })

/** "(addressed to the safeguarding board and Police, answers finding 2)", or '' when it says neither. */
export function recommendationNote(recommendation: Pick<NumberedRecommendation, 'addressees' | 'finding'>, agencies: readonly AddresseeAgency[]): string {
  const addressees = addresseesText(recommendation.addressees, agencies)
  const parts = [
    ...(addressees ? [`addressed to ${addressees.startsWith(BOARD_LABEL) ? lowerFirst(addressees) : addressees}`] : []),
    ...(recommendation.finding ? [`answers finding ${recommendation.finding.number}`] : []),
  ]
  return parts.length > 0 ? `(${parts.join(', ')})` : ''
}

const paragraphsOf = (block: JSONContent): JSONContent[] => (block.content ?? []).map((paragraph) => ({ ...paragraph, content: [...(paragraph.content ?? [])] }))

/** The block's paragraphs, the label before the first one's text and the note after the last one's. */
function plainParagraphs(block: JSONContent, label: string, note: string): JSONContent[] {
  const paragraphs = paragraphsOf(block)
  if (paragraphs.length === 0) paragraphs.push({ type: 'paragraph', content: [] })
  const first = paragraphs[0]
  const hasText = (first.content?.length ?? 0) > 0
  first.content = [bold(hasText ? `${label}: ` : label), ...(first.content ?? [])]
  if (note) {
    const last = paragraphs[paragraphs.length - 1]
    last.content = [...(last.content ?? []), { type: 'text', text: ` ${note}` }]
  }
  return paragraphs
}

/** `content` with each finding and recommendation replaced, in document order, by its numbered paragraphs. */
function replaceBlocks(content: JSONContent, replace: (block: JSONContent) => JSONContent[] | null): JSONContent {
  if (!content.content) return content
  const children: JSONContent[] = []
  for (const child of content.content) {
    const replaced = replace(child)
    if (replaced) children.push(...replaced)
    else children.push(replaceBlocks(child, replace))
  }
  return { ...content, content: children }
}

/**
 * The report with its findings and recommendations as numbered paragraphs (see the module comment);
 * the same node when it has none. `agencies`: the review's, to name the agencies a recommendation is
 * addressed to (an agency it does not have is left out).
 */
export function withNumberedBlocks(report: ProseMirrorNode, agencies: readonly AddresseeAgency[] = []): ProseMirrorNode {
  const findings = numberFindings(report)
  const recommendations = numberRecommendations(report, findings)
  if (findings.length === 0 && recommendations.length === 0) return report
  // The walk below meets the blocks in document order, as the numbering does.
  let nextFinding = 0
  let nextRecommendation = 0
  const json = replaceBlocks(report.toJSON() as JSONContent, (block) => {
    if (block.type === FINDING) {
      const finding = findings[nextFinding++]
      return plainParagraphs(block, `Finding ${finding?.number ?? nextFinding}`, '')
    }
    if (block.type === RECOMMENDATION) {
      const recommendation = recommendations[nextRecommendation++]
      return plainParagraphs(block, `Recommendation ${recommendation?.number ?? nextRecommendation}`, recommendation ? recommendationNote(recommendation, agencies) : '')
    }
    return null
  })
  return report.type.schema.nodeFromJSON(json)
}
