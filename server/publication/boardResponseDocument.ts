/**
 * @module
 * "The board's response and action plan summary", published with the executive summary: the board's
 * response, then each recommendation (numbered from the report, in its public form: pseudonyms for
 * redactions) with its actions, lead agency, target date and status on the board's day. Written as
 * schema JSON and made into Word the way the summary is, then leak-checked in its final form as the
 * summary's Word file is. Who last saved the response is never in it: that is a member's name.
 */
import type { JSONContent } from '@tiptap/core'
import type { Action } from '../../shared/actionPlan/action.js'
import { ACTION_STATUS_LABELS, effectiveActionStatus } from '../../shared/actionPlan/actionStatus.js'
import { BOARD_ACCEPTANCE_LABELS, type StoredBoardResponse } from '../../shared/api/boardResponse.js'
import type { Agency } from '../../shared/api/reviews.js'
import { formatLongDate } from '../../shared/publication/publicationDates.js'
import { numberRecommendations } from '../../shared/recommendations/numbering.js'
import { pseudonymLookup, toPublicNode } from '../../shared/redaction/publicText.js'
import { childPseudonym } from '../../shared/summary/executiveSummary.js'
import type { PublicSummarySource } from '../export/publicSummary.js'
import { publisherOf, renderCheckedDocument, type CheckedExport, type PublicDocument } from '../export/summaryExport.js'

export const BOARD_RESPONSE_FILE = 'board-response-and-action-plan.docx'

export interface BoardResponseDocumentInput {
  source: PublicSummarySource
  response: StoredBoardResponse
  actions: readonly Action[]
  agencies: readonly Agency[]
  /** The board's day (`YYYY-MM-DD`), on which each action's status is worked out. */
  today: string
}

const text = (value: string): JSONContent[] => (value === '' ? [] : [{ type: 'text', text: value }])
const paragraph = (value: string): JSONContent => ({ type: 'paragraph', content: text(value) })
const heading = (value: string): JSONContent => ({ type: 'heading', attrs: { level: 2 }, content: text(value) })

/** Plain text as paragraphs, one a line; a sentence of its own when there is none. */
function paragraphsOf(value: string, whenEmpty: string): JSONContent[] {
  const lines = value.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '')
  return (lines.length > 0 ? lines : [whenEmpty]).map(paragraph)
}

function plainText(node: JSONContent): string {
  if (node.type === 'text') return node.text ?? ''
  const inner = (node.content ?? []).map(plainText)
  return node.type === 'paragraph' || node.type === 'heading' ? inner.join('') : inner.filter((part) => part !== '').join(' ')
}

const row = (cells: string[], type: 'tableHeader' | 'tableCell'): JSONContent => ({ type: 'tableRow', content: cells.map((cell) => ({ type, content: [paragraph(cell)] })) })

function actionPlanContent({ source, actions, agencies, today }: BoardResponseDocumentInput): JSONContent[] {
  const pseudonyms = pseudonymLookup(source.register.entities)
  const recommendations = numberRecommendations(source.report).map((recommendation) => {
    const node = source.report.nodeAt(recommendation.pos)
    return { ...recommendation, publicText: node ? plainText(toPublicNode(node, pseudonyms)) : '' }
  })
  if (recommendations.length === 0 && actions.length === 0) return [paragraph('The review has made no recommendations yet.')]
  const agencyName = (id: string) => agencies.find((agency) => agency.id === id)?.name ?? id
  const actionRow = (label: string, action: Action) =>
    row([label, action.change, agencyName(action.leadAgencyId), formatLongDate(action.targetDate), ACTION_STATUS_LABELS[effectiveActionStatus(action, today)]], 'tableCell')
  const rows: JSONContent[] = []
  for (const recommendation of recommendations) {
    const label = `${recommendation.number}. ${recommendation.publicText}`
    const own = actions.filter((action) => action.recommendationId === recommendation.recommendationId)
    if (own.length === 0) rows.push(row([label, 'No actions agreed yet', '', '', ''], 'tableCell'))
    for (const action of own) rows.push(actionRow(label, action))
  }
  const known = new Set(recommendations.map((recommendation) => recommendation.recommendationId))
  for (const action of actions) if (!known.has(action.recommendationId)) rows.push(actionRow('A recommendation no longer in the report', action))
  return [{ type: 'table', content: [row(['Recommendation', 'Action', 'Lead agency', 'Target date', 'Status'], 'tableHeader'), ...rows] }]
}

export function boardResponseContent(input: BoardResponseDocumentInput): JSONContent {
  const { response, today } = input
  const acceptance =
    response.acceptance === null
      ? [paragraph('The board has not yet said whether it accepts the findings.')]
      : [paragraph(`${BOARD_ACCEPTANCE_LABELS[response.acceptance]}.`), ...(response.acceptanceReasons === '' ? [] : paragraphsOf(response.acceptanceReasons, ''))]
  return {
    type: 'doc',
    content: [
      heading('Whether the board accepts the findings'),
      ...acceptance,
      heading('Actions already taken'),
      ...paragraphsOf(response.actionsTaken, 'None recorded yet.'),
      heading('The impact they had'),
      ...paragraphsOf(response.impact, 'None recorded yet.'),
      heading('What more will be done'),
      ...paragraphsOf(response.furtherActions, 'None recorded yet.'),
      heading('Action plan summary'),
      paragraph(`Each action's status as at ${formatLongDate(today)}.`),
      ...actionPlanContent(input),
    ],
  }
}

export function boardResponseDocument(input: BoardResponseDocumentInput): PublicDocument {
  const { source } = input
  return { title: `The board's response: ${childPseudonym(source.register.entities)}`, publisher: publisherOf(source), doc: boardResponseContent(input), placeIn: source.report, scanner: source.scanner }
}

/** The Word file and what the leak check found in it, read back from its bytes. */
export function renderCheckedBoardResponse(input: BoardResponseDocumentInput): Promise<CheckedExport> {
  return renderCheckedDocument(boardResponseDocument(input), 'docx')
}
