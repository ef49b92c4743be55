/**
 * @module
 * A lowdb adapter for one JSON file, validated by a zod schema when read and written durably (temporary
 * file, fsync, rename, fsync of the folder), so a crash or a full disk mid-write leaves the previous
 * file whole. lowdb's own `JSONFile` renames without fsync, which a power cut can leave empty.
 */
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { StorageError } from './documentStore.js'
import { isMissing, nodeFileSystem, writeFileDurably, type StorageFileSystem } from './durableFiles.js'

export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly fileSystem: StorageFileSystem = nodeFileSystem,
  ) {}

  /** The file's content; null when there is no file yet. Rejects when it does not match the schema. */
  async read(): Promise<T | null> {
    let text: string
    try {
      text = (await this.fileSystem.readFile(this.path)).toString('utf8')
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch (error) {
      throw new StorageError(`${this.path} is not valid JSON`, { cause: error })
    }
    const parsed = this.schema.safeParse(json)
    if (!parsed.success) throw new StorageError(`${this.path} is not a valid Overview Studio database: ${parsed.error.message}`)
    return parsed.data
  }

  write(data: T): Promise<void> {
    return writeFileDurably(this.fileSystem, this.path, JSON.stringify(data, null, 2))
  }
}
