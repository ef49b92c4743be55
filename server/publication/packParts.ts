/**
 * @module
 * What the publication pack holds, as a list of parts made from one review's public sources: the
 * executive summary (PDF and Word), the board's response with the action plan summary, and the media
 * statement. A part is added to the pack by adding one line to `PUBLICATION_PACK_PARTS`. Each part
 * also says what it still lacks (its warnings), from the same source it is made from.
 */
import type { Action } from '../../shared/actionPlan/action.js'
import type { StoredReview } from '../../shared/api/reviews.js'
import { unfilledGapsWarning } from '../../shared/mediaStatement/unfilledGaps.js'
import type { DocumentRegistry } from '../collab/registry.js'
import type { PublicSummarySource, SummaryContext } from '../export/publicSummary.js'
import { renderCheckedSummary, SUMMARY_FORMATS } from '../export/summaryExport.js'
import { MEDIA_STATEMENT_FORMATS, readMediaStatementSource, renderCheckedMediaStatement } from '../mediaStatement/mediaStatementExport.js'
import { BOARD_RESPONSE_FILE, renderCheckedBoardResponse } from './boardResponseDocument.js'
import { boardResponseWarnings } from './boardResponseWarnings.js'
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

const SUMMARY_TITLES = { pdf: 'Executive summary (PDF)', docx: 'Executive summary (Word)' } as const

export const summaryPart =
  (format: 'pdf' | 'docx'): PackPartFactory =>
  ({ source }) => ({
    file: SUMMARY_FORMATS[format].file,
    title: SUMMARY_TITLES[format],
    source: 'summary',
    render: () => renderCheckedSummary(source, format),
    warnings: async () => source.summary.warnings.map(({ message }) => ({ message })),
  })

export const boardResponsePart: PackPartFactory = ({ review, source, actions, today }) => ({
  file: BOARD_RESPONSE_FILE,
  title: 'The board’s response and action plan summary (Word)',
  source: 'board-response',
  render: () => renderCheckedBoardResponse({ source, response: review.boardResponse, actions, agencies: review.agencies, today }),
  warnings: async () => boardResponseWarnings({ source, response: review.boardResponse, actions }),
})

export const mediaStatementPart: PackPartFactory = ({ review, registry, source, summaryContext: { memberNames, accepted } }) => {
  // Read once, whether the part is rendered, asked for its warnings, or both; the report's register,
  // roles and scanner are the summary source's, already read for this request.
  let statement: ReturnType<typeof readMediaStatementSource> | undefined
  const read = () => (statement ??= readMediaStatementSource(registry, { reviewId: review.id, memberNames, accepted }, source))
  return {
    file: MEDIA_STATEMENT_FORMATS.docx.file,
    title: 'Media statement (Word)',
    source: 'media-statement',
    render: async () => renderCheckedMediaStatement(await read(), 'docx'),
    warnings: async () => {
      const gaps = unfilledGapsWarning((await read()).gaps)
      return gaps ? [{ message: gaps }] : []
    },
  }
}

export const PUBLICATION_PACK_PARTS: readonly PackPartFactory[] = [
  summaryPart('pdf'),
  summaryPart('docx'),
  boardResponsePart,
  mediaStatementPart,
]
