/**
 * @module
 * The embedded action plan store: one lowdb file per review in `DATA_DIR/action-plans/<reviewId>.json`,
 * written through the same durable store as `db.json` and the IMR files: validated when the server
 * starts (a file that does not match stops it), and written all or nothing per change (`durableLow.ts`).
 */
import { mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { StoredActionSchema, type StoredAction } from '../../shared/actionPlan/action.js'
import { ReviewIdSchema } from '../../shared/api/reviews.js'
import type { ActionPlanStore } from './actionPlanStore.js'
import { nodeFileSystem, type StorageFileSystem } from './durableFiles.js'
import { DurableJsonFile } from './durableJsonFile.js'
import { DurableLow, type DurableLowOptions } from './durableLow.js'
import { DATABASE_SUBJECT } from './storageHealth.js'

const ActionPlanFileSchema = z.object({ version: z.literal(1), actions: z.array(StoredActionSchema) })
type ActionPlanFile = z.infer<typeof ActionPlanFileSchema>

const FILE_SUFFIX = '.json'

/** The subject of one review's action plan file: records, like the database, not a document. */
export function actionPlanRecordsSubject(reviewId: string): string {
  return `${DATABASE_SUBJECT}/action-plans/${reviewId}`
}

export interface FileActionPlanStoreOptions extends DurableLowOptions {
  fileSystem?: StorageFileSystem
}

export class FileActionPlanStore implements ActionPlanStore {
  private readonly files = new Map<string, DurableLow<ActionPlanFile>>()

  private constructor(
    private readonly directory: string,
    private readonly options: FileActionPlanStoreOptions,
  ) {}

  /** Opens the folder and reads every review's file in it. */
  static async open(directory: string, options: FileActionPlanStoreOptions = {}): Promise<FileActionPlanStore> {
    await mkdir(directory, { recursive: true })
    const store = new FileActionPlanStore(directory, options)
    for (const name of await readdir(directory)) {
      const reviewId = name.endsWith(FILE_SUFFIX) ? name.slice(0, -FILE_SUFFIX.length) : null
      // Anything else (a temporary file of an interrupted write) is not a review's file.
      if (reviewId === null || !ReviewIdSchema.safeParse(reviewId).success) continue
      await store.fileOf(reviewId).read()
    }
    return store
  }

  actionsOf(reviewId: string): readonly StoredAction[] {
    return this.files.get(reviewId)?.data.actions ?? []
  }

  update<R>(reviewId: string, change: (actions: StoredAction[]) => R): Promise<R> {
    return this.fileOf(reviewId).apply((data) => change(data.actions))
  }

  close(): void {
    for (const file of this.files.values()) file.close()
  }

  private fileOf(reviewId: string): DurableLow<ActionPlanFile> {
    let file = this.files.get(reviewId)
    if (!file) {
      const path = join(this.directory, `${ReviewIdSchema.parse(reviewId)}${FILE_SUFFIX}`)
      const adapter = new DurableJsonFile(path, ActionPlanFileSchema, this.options.fileSystem ?? nodeFileSystem)
      file = new DurableLow(adapter, { version: 1, actions: [] }, actionPlanRecordsSubject(reviewId), this.options)
      this.files.set(reviewId, file)
    }
    return file
  }
}
