/**
 * @module
 * Notifies people mentioned in comments: only members of the review who may read its report (anyone
 * else never sees the thread), never the writer themselves. A person's list leaves out notifications
 * of reviews they no longer belong to, or whose report they may no longer read.
 */
import { randomBytes } from 'node:crypto'
import type { User } from '../../shared/api/auth.js'
import { notificationExcerpt, type Notification, type NotificationList } from '../../shared/api/notifications.js'
import { capabilitiesOf } from '../../shared/auth/roles.js'
import { AppError } from '../errors.js'
import type { AccountService } from '../auth/accounts.js'
import type { CommentMentions } from '../collab/commentGuard.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { NotificationStore, StoredNotification } from '../storage/notificationStore.js'

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const newNotificationId = () => `ntf_${Array.from(randomBytes(16), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('')}`

function toView({ userId: _userId, ...notification }: StoredNotification): Notification {
  return notification
}

export class NotificationService {
  constructor(
    private readonly store: NotificationStore,
    private readonly reviews: ReviewService,
    private readonly accounts: AccountService,
  ) {}

  /** The review members (by id) who may read its report. */
  private readers(reviewId: string): Set<string> {
    const review = this.reviews.find(reviewId)
    return new Set(review?.members.filter((member) => capabilitiesOf(member.role, false).includes('report.read')).map((member) => member.userId) ?? [])
  }

  /** `now` and `newId` are given only by tests. */
  async notifyMentions({ reviewId, threadId, authorId, messages }: CommentMentions, now = new Date(), newId = newNotificationId): Promise<StoredNotification[]> {
    const readers = this.readers(reviewId)
    const authorName = this.accounts.findById(authorId)?.name ?? 'Someone'
    const created = messages.flatMap((message) =>
      message.mentions
        .filter((userId) => userId !== authorId && readers.has(userId))
        .map((userId): StoredNotification => ({
          id: newId(),
          kind: 'comment.mention',
          userId,
          reviewId,
          threadId,
          messageId: message.messageId,
          authorName,
          excerpt: notificationExcerpt(message.body),
          createdAt: now.toISOString(),
          read: false,
        })),
    )
    await this.store.add(created)
    return created
  }

  private isVisible(user: User, notification: StoredNotification): boolean {
    return this.readers(notification.reviewId).has(user.id)
  }

  list(user: User): NotificationList {
    const notifications = this.store.listFor(user.id).filter((notification) => this.isVisible(user, notification))
    return { notifications: notifications.map(toView), unreadCount: notifications.filter((notification) => !notification.read).length }
  }

  async markRead(user: User, id: string): Promise<Notification> {
    const visible = this.store.listFor(user.id).find((notification) => notification.id === id && this.isVisible(user, notification))
    const marked = visible ? await this.store.markRead(user.id, id) : null
    if (!marked) throw new AppError('notification_not_found', 404, 'There is no notification with that id for you.')
    return toView(marked)
  }
}
