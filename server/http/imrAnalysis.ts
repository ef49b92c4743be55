/**
 * @module
 * `GET /api/reviews/:id/imrs/:agencyId/analysis`: the paragraphs of an agency's IMR document (id and
 * text), for the report's excerpts. Whoever may open that IMR's collaborative document may read them;
 * the document is read as it is live, loaded for the moment if nobody has it open.
 */
import { Hono } from 'hono'
import type { ImrAnalysis } from '../../shared/api/imrs.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { analysisParagraphsOf } from '../../shared/excerpts/analysisParagraphs.js'
import { getImrSchema } from '../../shared/schema/index.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import { documentToJson } from '../export/documentJson.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { requireUser, type AppEnv } from './context.js'

export function imrAnalysisRoutes(reviews: ReviewService, registry: DocumentRegistry): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/:id/imrs/:agencyId/analysis', async (c) => {
    const user = requireUser(c)
    const agencyId = c.req.param('agencyId')
    const documentName = reviewDocumentName({ reviewId: c.req.param('id'), kind: 'imr', agencyId })
    const { level } = reviews.documentAccessFor(user, documentName)
    if (level === 'none') throw new AppError('forbidden', 403, 'Your role in this review does not allow this.')
    const json = await registry.read(documentName, (document) => documentToJson(document.doc, getImrSchema()))
    const analysis: ImrAnalysis = { agencyId, paragraphs: analysisParagraphsOf(getImrSchema().nodeFromJSON(json)) }
    return c.json(analysis)
  })
}
