/**
 * @module
 * The signed-in person's notifications (mentions in comments), asked for every 30 seconds while any
 * component shows them, when the window comes back into focus, and at once after one is marked as read. Null until the first answer,
 * and while the server does not offer them; the last failure to fetch them is kept until one succeeds.
 */
import { useEffect } from 'react'
import { NotificationListSchema, NotificationReadSchema, type NotificationList } from '../../shared/api/notifications'
import { asApiError, getJson, sendJson, type ApiError } from '../api/http'
import { useStoreValue, ValueStore } from '../app/valueStore'

export { NOTIFICATIONS_PATH } from '../app/router'

export const POLL_INTERVAL = 30_000

const notifications = new ValueStore<NotificationList | null>(null)
const problem = new ValueStore<ApiError | null>(null)
let watchers = 0
let timer: ReturnType<typeof setInterval> | undefined
const refreshOnFocus = () => void refreshNotifications()

export async function refreshNotifications(): Promise<void> {
  try {
    notifications.set(await getJson('/api/notifications', NotificationListSchema, undefined, { quiet: true }))
    problem.set(null)
  } catch (error) {
    // Unreachable for now, or signed out: the next poll tries again; the sign-in check is the session's.
    problem.set(asApiError(error))
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

/** Why the notifications could not be fetched last time, or null. */
export function useNotificationsProblem(): ApiError | null {
  return useStoreValue(problem)
}

export async function markNotificationRead(id: string): Promise<void> {
  await sendJson('POST', `/api/notifications/${encodeURIComponent(id)}/read`, {}, NotificationReadSchema)
  await refreshNotifications()
}

/** Forgets the last person's notifications (after signing out). */
export function clearNotifications(): void {
  notifications.set(null)
  problem.set(null)
}
