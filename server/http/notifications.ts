/**
 * @module
 * The caller's own notifications: `GET /api/notifications` (newest first, each with its review's
 * title, with the unread count) and `POST /api/notifications/:id/read`.
 */
import { Hono } from 'hono'
import { NotificationIdSchema, type NotificationList, type NotificationRead } from '../../shared/api/notifications.js'
import type { NotificationService } from '../comments/notificationService.js'
import { AppError } from '../errors.js'
import { readParam, requireUser, type AppEnv } from './context.js'

const notFound = () => new AppError('notification_not_found', 404, 'There is no notification with that id for you.')

export function notificationRoutes(notifications: NotificationService): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', (c) => c.json(notifications.list(requireUser(c)) satisfies NotificationList))
    .post('/:id/read', async (c) => {
      const user = requireUser(c)
      const id = readParam(c.req.param('id'), NotificationIdSchema, notFound)
      return c.json({ notification: await notifications.markRead(user, id) } satisfies NotificationRead)
    })
}
