/**
 * @module
 * What the publication pack holds, as a list of parts made from one review's public sources: the
 * executive summary (PDF and Word), the board's response with the action plan summary, and the media
 * statement. A part is added to the pack by adding one line to `PUBLICATION_PACK_PARTS`.
 */
import type { Action } from '../../shared/actionPlan/action.js'
import type { StoredReview } from '../../shared/api/reviews.js'
import type { DocumentRegistry } from '../collab/registry.js'
import type { PublicSummarySource, SummaryContext } from '../export/publicSummary.js'
import { renderCheckedSummary, SUMMARY_FORMATS } from '../export/summaryExport.js'
import { MEDIA_STATEMENT_FORMATS, readMediaStatementSource, renderCheckedMediaStatement } from '../mediaStatement/mediaStatementExport.js'
import { BOARD_RESPONSE_FILE, renderCheckedBoardResponse } from './boardResponseDocument.js'
import type { PackPart } from './publicationPack.js'

export interface PackContext {
  review: StoredReview
  registry: DocumentRegistry
  /** How the report's public source was read: the media statement reads its own document alike. */
  summaryContext: SummaryContext
  source: PublicSummarySource
  actions: readonly Action[]
  /** The board's day, `YYYY-MM-DD`. */
  today: string
}

export type PackPartFactory = (context: PackContext) => PackPart

export const summaryPart =
  (format: 'pdf' | 'docx'): PackPartFactory =>
  ({ source }) => ({ file: SUMMARY_FORMATS[format].file, render: () => renderCheckedSummary(source, format) })

export const boardResponsePart: PackPartFactory = ({ review, source, actions, today }) => ({
  file: BOARD_RESPONSE_FILE,
  render: () => renderCheckedBoardResponse({ source, response: review.boardResponse, actions, agencies: review.agencies, today }),
})

export const mediaStatementPart: PackPartFactory = ({ review, registry, summaryContext: { memberNames, accepted } }) => ({
  file: MEDIA_STATEMENT_FORMATS.docx.file,
  render: async () => renderCheckedMediaStatement(await readMediaStatementSource(registry, { reviewId: review.id, memberNames, accepted }), 'docx'),
})

export const PUBLICATION_PACK_PARTS: readonly PackPartFactory[] = [
  summaryPart('pdf'),
  summaryPart('docx'),
  boardResponsePart,
  mediaStatementPart,
]
