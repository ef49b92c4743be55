/**
 * @module
 * Review routes: the list, one review, and its report as clean HTML.
 */
import { Hono } from 'hono'
import type { ReviewList } from '../../shared/api/reviews.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { documentToJson } from '../export/documentJson.js'
import { renderReportPage } from '../export/reportHtml.js'
import type { ReviewService } from '../reviews/reviewService.js'

export function reviewRoutes(reviews: ReviewService, registry: DocumentRegistry): Hono {
  return new Hono()
    .get('/', (c) => c.json({ reviews: reviews.list() } satisfies ReviewList))
    .get('/:id', (c) => c.json(reviews.get(c.req.param('id'))))
    .get('/:id/report.html', async (c) => {
      const review = reviews.get(c.req.param('id'))
      const content = await registry.read(review.documents.report, (document) => documentToJson(document.doc))
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      c.header('Cache-Control', 'no-store')
      return c.html(renderReportPage(`Overview report: ${review.title}`, content))
    })
}
