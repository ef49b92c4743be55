import { useEffect } from 'react'
import { useSession } from '../auth/session'
import { followLink } from '../app/router'
import { clearNotifications, NOTIFICATIONS_PATH, useNotifications } from './notificationsStore'

function UnreadCount() {
  const list = useNotifications()
  if (!list) return null
  return (
    <a href={NOTIFICATIONS_PATH} className="app-header__notifications" onClick={followLink} data-unread={list.unreadCount}>
      Notifications ({list.unreadCount}
      <span className="govuk-visually-hidden"> unread</span>)
    </a>
  )
}

/** The header's link to the signed-in person's notifications, with how many are unread. */
export function NotificationsLink() {
  const session = useSession()
  const userId = session.status === 'signed-in' ? session.user.id : null
  // Another person's count is never shown, even for a moment, after signing out and in again.
  useEffect(() => clearNotifications, [userId])
  return session.status === 'signed-in' ? <UnreadCount key={session.user.id} /> : null
}
