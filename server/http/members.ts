/**
 * @module
 * A review's members: listed for those who may see them, added, changed and removed by admins and
 * the review's author.
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { AddMemberSchema } from '../../shared/api/auth.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import { AppError } from '../errors.js'
import type { MemberService } from '../reviews/memberService.js'
import type { ReviewService } from '../reviews/reviewService.js'
import { readBody, readParam, requireUser, type AppEnv } from './context.js'

const reviewNotFound = () => new AppError('review_not_found', 404, 'There is no review with that id that you can see.')
const memberNotFound = () => new AppError('member_not_found', 404, 'That person is not a member of this review.')

export function memberRoutes(reviews: ReviewService, members: MemberService, disconnect: (userId: string, reviewId: string) => void): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/:id/members', (c) => {
      const id = readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound)
      return c.json({ members: members.list(reviews.require(requireUser(c), id, 'members.read')) })
    })
    .post('/:id/members', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound)
      const access = reviews.require(user, id, 'members.manage')
      const input = await readBody(c, AddMemberSchema)
      const member = await members.add(access, input, { user, ip: c.get('clientIp') })
      // A changed role takes effect on the next connection, with the new access.
      disconnect(member.userId, id)
      return c.json(member, 201)
    })
    .delete('/:id/members/:userId', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), ReviewIdSchema, reviewNotFound)
      const access = reviews.require(user, id, 'members.manage')
      const userId = readParam(c.req.param('userId'), z.string().uuid(), memberNotFound)
      await members.remove(access, userId, { user, ip: c.get('clientIp') })
      disconnect(userId, id)
      return c.body(null, 204)
    })
}
