/**
 * @module
 * Notifies people mentioned in comments: only members of the review who may read its report (anyone
 * else never sees the thread), never the writer themselves. A person's list carries each review's
 * title as it is now, and leaves out notifications of reviews they no longer belong to, or whose
 * report they may no longer read: the thread is closed to them, and so is the review's title.
 */
import { randomBytes } from 'node:crypto'
import type { User } from '../../shared/api/auth.js'
import { notificationExcerpt, type Notification, type NotificationList } from '../../shared/api/notifications.js'
import { capabilitiesOf, type ReviewRole } from '../../shared/auth/roles.js'
import { AppError } from '../errors.js'
import type { AccountService } from '../auth/accounts.js'
import type { CommentMentions } from '../collab/commentGuard.js'
import type { ReviewService } from '../reviews/reviewService.js'
import type { NotificationStore, StoredNotification } from '../storage/notificationStore.js'

const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'
const newNotificationId = () => `ntf_${Array.from(randomBytes(16), (byte) => ID_ALPHABET[byte % ID_ALPHABET.length]).join('')}`

function toView({ userId: _userId, ...notification }: StoredNotification, reviewTitle: string): Notification {
  return { ...notification, reviewTitle }
}

const mayReadReport = (role: ReviewRole): boolean => capabilitiesOf(role, false).includes('report.read')

export class NotificationService {
  constructor(
    private readonly store: NotificationStore,
    private readonly reviews: ReviewService,
    private readonly accounts: AccountService,
  ) {}

  /** The review members (by id) who may read its report. */
  private readers(reviewId: string): Set<string> {
    const review = this.reviews.find(reviewId)
    return new Set(review?.members.filter((member) => mayReadReport(member.role)).map((member) => member.userId) ?? [])
  }

  /** The review's title, or null when the person may no longer read its report (and so its threads). */
  private readableReviewTitle(user: User, reviewId: string): string | null {
    const review = this.reviews.find(reviewId)
    const member = review?.members.find((candidate) => candidate.userId === user.id)
    return review && member && mayReadReport(member.role) ? review.title : null
  }

  /** The person's notifications they may still open, as the API shows them, newest first. */
  private visibleTo(user: User): Notification[] {
    // Up to MAX_NOTIFICATIONS_PER_PERSON notifications, mostly of a few reviews: each review is looked up once.
    const titles = new Map<string, string | null>()
    return this.store.listFor(user.id).flatMap((notification) => {
      if (!titles.has(notification.reviewId)) titles.set(notification.reviewId, this.readableReviewTitle(user, notification.reviewId))
      const reviewTitle = titles.get(notification.reviewId) ?? null
      return reviewTitle === null ? [] : [toView(notification, reviewTitle)]
    })
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

  list(user: User): NotificationList {
    const notifications = this.visibleTo(user)
    return { notifications, unreadCount: notifications.filter((notification) => !notification.read).length }
  }

  async markRead(user: User, id: string): Promise<Notification> {
    const visible = this.visibleTo(user).find((notification) => notification.id === id)
    const marked = visible ? await this.store.markRead(user.id, id) : null
    if (!visible || !marked) throw new AppError('notification_not_found', 404, 'There is no notification with that id for you.')
    return toView(marked, visible.reviewTitle)
  }
}
