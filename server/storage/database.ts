/**
 * @module
 * The embedded store for structured data (accounts, sessions, reviews): one lowdb JSON file in
 * `DATA_DIR`, written through a durable file adapter (so it writes to disk under tests too: lowdb's
 * presets keep data in memory when NODE_ENV is `test`). Validated on every start: a file that does not
 * match stops the server rather than being overwritten. A change whose write fails is undone in
 * memory and refused with `storage_unavailable`; the file is then rewritten on a backoff until the
 * disk takes it again, which tells the storage health it has recovered.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { z } from 'zod'
import { StoredReviewSchema } from '../../shared/api/reviews.js'
import type { StorageFileSystem } from './durableFiles.js'
import { DurableJsonFile } from './durableJsonFile.js'
import { recordUndo } from './inPlaceUndo.js'
import { DEFAULT_RETRY_TIMINGS, RetryDelay, type RetryTimings } from './retryDelay.js'
import { DATABASE_SUBJECT, StorageHealth, storageUnavailable } from './storageHealth.js'

export const StoredUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  isAdmin: z.boolean(),
  passwordHash: z.string(),
  failedLogins: z.number().int().min(0),
  lockedUntil: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
})
export type StoredUser = z.infer<typeof StoredUserSchema>

export const StoredSessionSchema = z.object({
  /** SHA-256 of the token: a copy of the database does not hand out sessions. */
  tokenHash: z.string(),
  userId: z.string(),
  createdAt: z.iso.datetime(),
  lastSeenAt: z.iso.datetime(),
})
export type StoredSession = z.infer<typeof StoredSessionSchema>

export const DatabaseSchema = z.object({
  version: z.literal(2),
  users: z.array(StoredUserSchema),
  sessions: z.array(StoredSessionSchema),
  reviews: z.array(StoredReviewSchema),
})
export type DatabaseData = z.infer<typeof DatabaseSchema>

const emptyDatabase = (): DatabaseData => ({ version: 2, users: [], sessions: [], reviews: [] })

export interface DatabaseOptions {
  health?: StorageHealth
  retry?: RetryTimings
  fileSystem?: StorageFileSystem
}

export class Database extends Low<DatabaseData> {
  private writes: Promise<unknown> = Promise.resolve()
  private readonly retryDelay: RetryDelay
  private retryTimer: NodeJS.Timeout | null = null
  private readonly health: StorageHealth

  constructor(adapter: DurableJsonFile<DatabaseData>, options: DatabaseOptions) {
    super(adapter, emptyDatabase())
    this.health = options.health ?? new StorageHealth()
    this.retryDelay = new RetryDelay(options.retry ?? DEFAULT_RETRY_TIMINGS)
  }

  /**
   * Makes `change` and stores it; if storing fails, the change is undone and the caller gets
   * `storage_unavailable`. Changes are stored one at a time, so undoing one never undoes another.
   */
  override update(change: (data: DatabaseData) => unknown): Promise<void> {
    const run = this.writes.then(async () => {
      const undo = recordUndo(this.data)
      try {
        change(this.data)
      } catch (error) {
        undo()
        throw error
      }
      try {
        await this.write()
      } catch (error) {
        undo()
        this.writeFailed(error)
        throw storageUnavailable()
      }
      this.writeSucceeded()
    })
    this.writes = run.catch(() => undefined)
    return run
  }

  /** Stops retrying a failed write; on shutdown. */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
  }

  private writeSucceeded(): void {
    this.retryDelay.reset()
    this.health.succeeded(DATABASE_SUBJECT)
  }

  /** What is in memory is what was last stored, so writing it again only finds out whether the disk is back. */
  private writeFailed(error: unknown): void {
    this.health.failed(DATABASE_SUBJECT, error)
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      const retry = this.writes.then(() => this.write())
      this.writes = retry.then(
        () => this.writeSucceeded(),
        (retryError: unknown) => this.writeFailed(retryError),
      )
    }, this.retryDelay.next())
    this.retryTimer.unref()
  }
}

export async function openDatabase(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
  await mkdir(dataDir, { recursive: true })
  const database = new Database(new DurableJsonFile(join(dataDir, 'db.json'), DatabaseSchema, options.fileSystem), options)
  await database.read()
  return database
}
