/**
 * @module
 * The board's response: read by those who may read it (author, panel, comms lead, admin), changed by
 * the admin, who drafts it for the board. A save against an older revision answers 409 `edit_conflict`.
 */
import { Hono } from 'hono'
import { UpdateBoardResponseSchema } from '../../shared/api/boardResponse.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import type { AuditLog } from '../audit/auditLog.js'
import { boardResponseView, type BoardResponseService } from '../boardResponse/boardResponseService.js'
import { AppError } from '../errors.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { readBody, readParam, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')

export function boardResponseRoutes(reviews: ReviewService, responses: BoardResponseService, audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:id/board-response', (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      reviews.require(user, id, 'response.read')
      return c.json(boardResponseView(responses.get(id)))
    })
    .put('/:id/board-response', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, notFound)
      reviews.require(user, id, 'response.edit')
      const input = await readBody(c, UpdateBoardResponseSchema)
      const saved = await responses.save(id, input, user)
      // What changed is not recorded: the text is the board's, and may be long.
      await audit.record({ action: 'board_response.updated', actorId: user.id, actorEmail: user.email, reviewId: id, ip: c.get('clientIp'), details: { revision: saved.revision, acceptance: saved.acceptance } })
      return c.json(boardResponseView(saved))
    })
}
