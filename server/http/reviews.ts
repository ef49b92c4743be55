/**
 * @module
 * Review routes: the caller's reviews, one review, creating (admin) and updating one, and the report
 * as clean HTML. Each asks the review service for the caller's access first.
 */
import { Hono } from 'hono'
import { CreateReviewSchema, ReviewIdSchema, UpdateReviewSchema, type ReviewList } from '../../shared/api/reviews.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { AppError } from '../errors.js'
import { documentToJson } from '../export/documentJson.js'
import { renderReportPage } from '../export/reportHtml.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { readBody, readParam, requireAdmin, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function reviewRoutes(reviews: ReviewService, registry: DocumentRegistry, audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', (c) => c.json({ reviews: reviews.listFor(requireUser(c)) } satisfies ReviewList))
    .post('/', async (c) => {
      const user = requireAdmin(c)
      const input = await readBody(c, CreateReviewSchema)
      const review = await reviews.create(input)
      await audit.record({ action: 'review.created', actorId: user.id, actorEmail: user.email, reviewId: review.id, ip: c.get('clientIp'), details: { title: review.title } })
      return c.json(reviews.view(reviews.access(user, review.id)), 201)
    })
    .get('/:id', (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      return c.json(reviews.view(reviews.require(user, id, 'review.read')))
    })
    .patch('/:id', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      reviews.require(user, id, 'review.edit')
      const changes = await readBody(c, UpdateReviewSchema)
      await reviews.update(id, changes)
      await audit.record({ action: 'review.updated', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { changes } })
      return c.json(reviews.view(reviews.access(user, id)))
    })
    .get('/:id/report.html', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      const access = reviews.require(user, id, 'report.read')
      const { review } = access
      const name = reviews.view(access).documents.report
      if (!name) throw new AppError('forbidden', 403, 'Your role in this review does not allow this.')
      const content = await registry.read(name, (document) => documentToJson(document.doc))
      // No confidential text leaves unrecorded.
      await audit.recordFirst({ action: 'export.downloaded', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { export: 'report.html' } })
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      c.header('Cache-Control', 'no-store')
      return c.html(renderReportPage(`Overview report: ${review.title}`, content, review.agencies))
    })
}
