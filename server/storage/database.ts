/**
 * @module
 * The embedded store for structured data (accounts, sessions, reviews): one lowdb JSON file in
 * `DATA_DIR`, written through a durable file adapter (so it writes to disk under tests too: lowdb's
 * presets keep data in memory when NODE_ENV is `test`). Validated on every start: a file that does not
 * match stops the server rather than being overwritten. Changes are all or nothing (`durableLow.ts`).
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { StoredReviewSchema } from '../../shared/api/reviews.js'
import type { StorageFileSystem } from './durableFiles.js'
import { DurableJsonFile } from './durableJsonFile.js'
import { DurableLow, type DurableLowOptions } from './durableLow.js'
import { DATABASE_SUBJECT } from './storageHealth.js'

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

export interface DatabaseOptions extends DurableLowOptions {
  fileSystem?: StorageFileSystem
}

/** The records file: all or nothing per change, as `DurableLow` says. */
export class Database extends DurableLow<DatabaseData> {
  constructor(adapter: DurableJsonFile<DatabaseData>, options: DatabaseOptions) {
    super(adapter, emptyDatabase(), DATABASE_SUBJECT, options)
  }
}

export async function openDatabase(dataDir: string, options: DatabaseOptions = {}): Promise<Database> {
  await mkdir(dataDir, { recursive: true })
  const database = new Database(new DurableJsonFile(join(dataDir, 'db.json'), DatabaseSchema, options.fileSystem), options)
  await database.read()
  return database
}
