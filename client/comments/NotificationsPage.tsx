import { useState } from 'react'
import type { Notification } from '../../shared/api/notifications'
import { asApiError } from '../api/http'
import { followLink, reviewPath } from '../app/router'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { usePageTitle } from '../app/usePageTitle'
import { markNotificationRead, useNotifications, useNotificationsProblem } from './notificationsStore'
import { exactTime, relativeTime } from './relativeTime'
import { threadQuery } from './useThreadFromAddress'
import { useNow } from './useNow'

export const threadPath = (notification: Pick<Notification, 'reviewId' | 'threadId'>): string => `${reviewPath(notification.reviewId, 'report')}${threadQuery(notification.threadId)}`

function NotificationItem({ notification, now, onProblem }: { notification: Notification; now: number; onProblem: (message: string) => void }) {
  const markRead = () => markNotificationRead(notification.id).catch((error: unknown) => onProblem(asApiError(error).message))
  return (
    <li className={`app-notifications__item${notification.read ? '' : ' app-notifications__item--unread'}`}>
      <p className="govuk-caption-m govuk-!-margin-bottom-1" data-testid="notification-review">
        <span className="govuk-visually-hidden">Review: </span>
        {notification.reviewTitle}
      </p>
      <p className="govuk-body govuk-!-margin-bottom-1">
        {!notification.read && <strong className="govuk-tag govuk-!-margin-right-2">New</strong>}
        <strong>{notification.authorName}</strong> mentioned you in a comment on the overview report{' '}
        <time dateTime={notification.createdAt} title={exactTime(notification.createdAt)}>
          {relativeTime(notification.createdAt, now)}
        </time>
      </p>
      <p className="govuk-inset-text govuk-!-margin-top-1 govuk-!-margin-bottom-2">{notification.excerpt}</p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        <a
          className="govuk-link govuk-!-margin-right-4"
          href={threadPath(notification)}
          onClick={(event) => {
            followLink(event)
            if (!notification.read) void markRead()
          }}
        >
          Open the comment
          <span className="govuk-visually-hidden">
            {' '}
            from {notification.authorName} in {notification.reviewTitle}
          </span>
        </a>
        {!notification.read && (
          <button type="button" className="app-link-button govuk-body" onClick={() => void markRead()}>
            Mark as read
            <span className="govuk-visually-hidden">
              : the comment from {notification.authorName} in {notification.reviewTitle}
            </span>
          </button>
        )}
      </p>
    </li>
  )
}

/** Where a person is told that someone mentioned them in a comment, in which review, with the way to it. */
export function NotificationsPage() {
  usePageTitle('Notifications')
  const list = useNotifications()
  const loadProblem = useNotificationsProblem()
  const now = useNow()
  const [problem, setProblem] = useState<string | null>(null)
  return (
    <>
      <h1 className="govuk-heading-l">Notifications</h1>
      {problem && (
        <p className="govuk-error-message" role="alert">
          <span className="govuk-visually-hidden">Error:</span> {problem}
        </p>
      )}
      {!list && loadProblem ? (
        <ProblemPanel title="Your notifications could not be loaded" error={loadProblem} />
      ) : !list ? (
        <Loading label="Loading your notifications…" />
      ) : list.notifications.length === 0 ? (
        <p className="govuk-body">Nobody has mentioned you in a comment yet. When someone does, it is listed here.</p>
      ) : (
        <>
          <p className="govuk-body">{list.unreadCount === 0 ? 'You have read them all.' : `${list.unreadCount} unread.`}</p>
          <ul className="govuk-list app-notifications">
            {list.notifications.map((notification) => (
              <NotificationItem key={notification.id} notification={notification} now={now} onProblem={setProblem} />
            ))}
          </ul>
        </>
      )}
    </>
  )
}
