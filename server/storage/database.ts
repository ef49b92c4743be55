/**
 * @module
 * The embedded store for structured data (reviews now; accounts, IMRs and audit later): one lowdb
 * JSON file in `DATA_DIR`. Built on an explicit file adapter, so it writes to disk under tests too
 * (lowdb's presets keep data in memory when NODE_ENV is `test`).
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { z } from 'zod'
import { ReviewSchema } from '../../shared/api/reviews.js'
import { StorageError } from './documentStore.js'

export const DatabaseSchema = z.object({
  version: z.literal(1),
  reviews: z.array(ReviewSchema),
})
export type DatabaseData = z.infer<typeof DatabaseSchema>

export type Database = Low<DatabaseData>

const emptyDatabase = (): DatabaseData => ({ version: 1, reviews: [] })

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
