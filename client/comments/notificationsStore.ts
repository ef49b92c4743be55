/**
 * @module
 * The signed-in person's notifications (mentions in comments), asked for every 30 seconds while any
 * component shows them, when the window comes back into focus, and at once after one is marked as read. Null until the first answer,
 * and while the server does not offer them.
 */
import { useEffect } from 'react'
import { NotificationListSchema, NotificationReadSchema, type NotificationList } from '../../shared/api/notifications'
import { getJson, sendJson } from '../api/http'
import { useStoreValue, ValueStore } from '../app/valueStore'

export { NOTIFICATIONS_PATH } from '../app/router'

export const POLL_INTERVAL = 30_000

const notifications = new ValueStore<NotificationList | null>(null)
let watchers = 0
let timer: ReturnType<typeof setInterval> | undefined
const refreshOnFocus = () => void refreshNotifications()

export async function refreshNotifications(): Promise<void> {
  try {
    notifications.set(await getJson('/api/notifications', NotificationListSchema, undefined, { quiet: true }))
  } catch {
    // Unreachable for now, or signed out: the next poll tries again; the sign-in check is the session's.
  }
}

/** The notifications, kept fresh while the calling component is shown. */
export function useNotifications(): NotificationList | null {
  useEffect(() => {
    watchers += 1
    if (watchers === 1) {
      void refreshNotifications()
      timer = setInterval(() => void refreshNotifications(), POLL_INTERVAL)
      window.addEventListener('focus', refreshOnFocus)
    }
    return () => {
      watchers -= 1
      if (watchers > 0) return
      clearInterval(timer)
      window.removeEventListener('focus', refreshOnFocus)
    }
  }, [])
  return useStoreValue(notifications)
}

export async function markNotificationRead(id: string): Promise<void> {
  await sendJson('POST', `/api/notifications/${encodeURIComponent(id)}/read`, {}, NotificationReadSchema)
  await refreshNotifications()
}

/** Forgets the last person's notifications (after signing out). */
export function clearNotifications(): void {
  notifications.set(null)
}
