/**
 * @module
 * In-app notifications: a person mentioned (`@name`) in a comment on a review's report is told so,
 * with the review's title, the thread to open and an excerpt of the message. Listed newest first
 * with the unread count, and only for reviews whose report the person may still read.
 */
import { z } from 'zod'

export const MAX_NOTIFICATION_EXCERPT = 200
export const NOTIFICATION_ID_PATTERN = /^ntf_[a-z0-9]{6,32}$/

export const NotificationIdSchema = z.string().regex(NOTIFICATION_ID_PATTERN)

export const NotificationSchema = z.object({
  id: NotificationIdSchema,
  kind: z.literal('comment.mention'),
  reviewId: z.string(),
  /** The review's title as it is now (looked up when answering, never stored). */
  reviewTitle: z.string(),
  threadId: z.string(),
  messageId: z.string(),
  /** Who wrote the message, by name as it was then. */
  authorName: z.string(),
  excerpt: z.string().max(MAX_NOTIFICATION_EXCERPT),
  createdAt: z.iso.datetime(),
  read: z.boolean(),
})
export type Notification = z.infer<typeof NotificationSchema>

export const NotificationListSchema = z.object({
  notifications: z.array(NotificationSchema),
  unreadCount: z.number().int().min(0),
})
export type NotificationList = z.infer<typeof NotificationListSchema>

export const NotificationReadSchema = z.object({ notification: NotificationSchema })
export type NotificationRead = z.infer<typeof NotificationReadSchema>

/** The start of a message, on one line, at most `MAX_NOTIFICATION_EXCERPT` characters with its ellipsis. */
export function notificationExcerpt(body: string): string {
  const line = body.replace(/\s+/g, ' ').trim()
  return line.length <= MAX_NOTIFICATION_EXCERPT ? line : `${line.slice(0, MAX_NOTIFICATION_EXCERPT - 1).trimEnd()}…`
}
