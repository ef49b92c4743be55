/**
 * @module
 * Reading the audit log: a review's events for its author and admins; every event for admins.
 */
import { Hono } from 'hono'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import type { AuditLog } from '../audit/auditLog.js'
import { AppError } from '../errors.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { readParam, requireAdmin, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function reviewAuditRoutes(reviews: ReviewService, audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/:id/audit', async (c) => {
    const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
    reviews.require(requireUser(c), id, 'audit.read')
    return c.json({ events: await audit.read({ reviewId: id }) })
  })
}

export function auditRoutes(audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>().get('/', async (c) => {
    requireAdmin(c)
    return c.json({ events: await audit.read() })
  })
}
