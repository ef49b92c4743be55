/**
 * @module
 * The embedded IMR store: one lowdb file per review in `DATA_DIR/imrs/<reviewId>.json`, so that a long
 * chronology is never rewritten with every sign-in (as it would be inside `db.json`), and one review's
 * chronology with another's. Each file is validated when the server starts (one that does not match
 * stops it, as `db.json` does) and written durably, all or nothing per change (`durableLow.ts`).
 */
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import { nodeFileSystem, type StorageFileSystem } from './durableFiles.js'
import { DurableJsonFile } from './durableJsonFile.js'
import { DurableLow, type DurableLowOptions } from './durableLow.js'
import { StoredImrSchema, type ImrStore, type StoredImr } from './imrStore.js'
import { imrRecordsSubject } from './storageHealth.js'

const ReviewImrsFileSchema = z.object({ version: z.literal(1), imrs: z.array(StoredImrSchema) })
type ReviewImrsFile = z.infer<typeof ReviewImrsFileSchema>

const FILE_SUFFIX = '.json'

export interface FileImrStoreOptions extends DurableLowOptions {
  fileSystem?: StorageFileSystem
}

export class FileImrStore implements ImrStore {
  private readonly files = new Map<string, DurableLow<ReviewImrsFile>>()

  private constructor(
    private readonly directory: string,
    private readonly options: FileImrStoreOptions,
  ) {}

  /** Opens the folder and reads every review's file in it. */
  static async open(directory: string, options: FileImrStoreOptions = {}): Promise<FileImrStore> {
    await mkdir(directory, { recursive: true })
    const store = new FileImrStore(directory, options)
    for (const name of await readdir(directory)) {
      const reviewId = name.endsWith(FILE_SUFFIX) ? name.slice(0, -FILE_SUFFIX.length) : null
      // Anything else (a temporary file of an interrupted write) is not a review's file.
      if (reviewId === null || !ReviewIdSchema.safeParse(reviewId).success) continue
      const file = store.fileOf(reviewId)
      await file.read()
    }
    return store
  }

  imrsOf(reviewId: string): readonly StoredImr[] {
    return this.files.get(reviewId)?.data.imrs ?? []
  }

  update<R>(reviewId: string, change: (imrs: StoredImr[]) => R): Promise<R> {
    return this.fileOf(reviewId).apply((data) => change(data.imrs))
  }

  close(): void {
    for (const file of this.files.values()) file.close()
  }

  private fileOf(reviewId: string): DurableLow<ReviewImrsFile> {
    let file = this.files.get(reviewId)
    if (!file) {
      const path = join(this.directory, `${ReviewIdSchema.parse(reviewId)}${FILE_SUFFIX}`)
      const adapter = new DurableJsonFile(path, ReviewImrsFileSchema, this.options.fileSystem ?? nodeFileSystem)
      file = new DurableLow(adapter, { version: 1, imrs: [] }, imrRecordsSubject(reviewId), this.options)
      this.files.set(reviewId, file)
    }
    return file
  }
}
