/**
 * @module
 * The publication record: read by every member (it is on the review page and the list), changed by
 * the comms lead and the admin. Its rules (a reason, the dates, 12 months on the website) are checked
 * with the body, so a record that breaks one answers 400 with the field and changes nothing.
 */
import { Hono } from 'hono'
import { UpdatePublicationSchema } from '../../shared/api/publication.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import type { AuditLog } from '../audit/auditLog.js'
import { AppError } from '../errors.js'
import type { PublicationService } from '../publication/publicationService.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { readBody, readParam, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function publicationRoutes(reviews: ReviewService, publications: PublicationService, audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:id/publication', (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      reviews.require(user, id, 'review.read')
      return c.json({ publication: publications.get(id) })
    })
    .put('/:id/publication', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      reviews.require(user, id, 'publication.manage')
      const input = await readBody(c, UpdatePublicationSchema)
      const publication = await publications.save(id, input)
      const { status, publishedOn, comesDownOn } = publication
      await audit.record({ action: 'publication.updated', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { status, publishedOn, comesDownOn } })
      return c.json({ publication })
    })
}
