/**
 * @module
 * The embedded store for structured data (accounts, sessions, reviews): one lowdb JSON file in
 * `DATA_DIR`. Built on an explicit file adapter, so it writes to disk under tests too (lowdb's presets
 * keep data in memory when NODE_ENV is `test`). Validated on every start: a file that does not match
 * stops the server rather than being overwritten.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { StoredReviewSchema } from '../../shared/api/reviews.js'
import { StorageError } from './documentStore.js'

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

export type Database = Low<DatabaseData>

const emptyDatabase = (): DatabaseData => ({ version: 2, users: [], sessions: [], reviews: [] })

export async function openDatabase(dataDir: string): Promise<Database> {
  await mkdir(dataDir, { recursive: true })
  const path = join(dataDir, 'db.json')
  const database = new Low<DatabaseData>(new JSONFile(path), emptyDatabase())
  await database.read()
  const parsed = DatabaseSchema.safeParse(database.data)
  if (!parsed.success) throw new StorageError(`${path} is not a valid Overview Studio database: ${parsed.error.message}`)
  database.data = parsed.data
  return database
}
