/**
 * @module
 * The notifications file: one lowdb file, `DATA_DIR/notifications.json`, apart from `db.json` so that
 * a busy comment thread never rewrites the accounts. Validated when the server starts and written
 * durably, all or nothing per change (`durableLow.ts`). Each person keeps their newest
 * `MAX_NOTIFICATIONS_PER_PERSON`.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { NotificationSchema } from '../../shared/api/notifications.js'
import type { StorageFileSystem } from './durableFiles.js'
import { DurableJsonFile } from './durableJsonFile.js'
import { DurableLow, type DurableLowOptions } from './durableLow.js'
import { DATABASE_SUBJECT } from './storageHealth.js'

export const MAX_NOTIFICATIONS_PER_PERSON = 500

/** Whose it is; not the review's title, which is looked up when answering so that it follows a rename. */
export const StoredNotificationSchema = NotificationSchema.omit({ reviewTitle: true }).extend({ userId: z.string() })
export type StoredNotification = z.infer<typeof StoredNotificationSchema>

const NotificationsFileSchema = z.object({ version: z.literal(1), notifications: z.array(StoredNotificationSchema) })
type NotificationsFile = z.infer<typeof NotificationsFileSchema>

export interface NotificationStoreOptions extends DurableLowOptions {
  fileSystem?: StorageFileSystem
}

export class NotificationStore {
  private constructor(private readonly low: DurableLow<NotificationsFile>) {}

  static async open(dataDir: string, options: NotificationStoreOptions = {}): Promise<NotificationStore> {
    await mkdir(dataDir, { recursive: true })
    const file = new DurableJsonFile(join(dataDir, 'notifications.json'), NotificationsFileSchema, options.fileSystem)
    const low = new DurableLow(file, { version: 1, notifications: [] }, `${DATABASE_SUBJECT}/notifications`, options)
    await low.read()
    return new NotificationStore(low)
  }

  /** A person's notifications, newest first. */
  listFor(userId: string): StoredNotification[] {
    // Stored oldest first: reversed, a stable sort keeps the later of two made in the same millisecond first.
    return this.low.data.notifications.filter((notification) => notification.userId === userId).reverse().sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  }

  async add(notifications: readonly StoredNotification[]): Promise<void> {
    if (notifications.length === 0) return
    await this.low.apply((data) => {
      data.notifications.push(...notifications)
      for (const userId of new Set(notifications.map((notification) => notification.userId))) {
        const own = data.notifications.filter((notification) => notification.userId === userId)
        if (own.length <= MAX_NOTIFICATIONS_PER_PERSON) continue
        const oldest = new Set(own.sort((a, b) => a.createdAt.localeCompare(b.createdAt)).slice(0, own.length - MAX_NOTIFICATIONS_PER_PERSON))
        data.notifications = data.notifications.filter((notification) => !oldest.has(notification))
      }
    })
  }

  /** Marks one of a person's notifications read; the notification, or null when they have none with that id. */
  markRead(userId: string, id: string): Promise<StoredNotification | null> {
    return this.low.apply((data) => {
      const found = data.notifications.find((notification) => notification.id === id && notification.userId === userId)
      if (found) found.read = true
      return found ? { ...found } : null
    })
  }

  close(): void {
    this.low.close()
  }
}
