/**
 * @module
 * The embedded document store: one folder per document holding a snapshot and append-only logs of
 * accepted updates. Appends are grouped and fsynced together; compaction writes a new snapshot
 * through a temporary file, fsync and rename, then deletes the logs it covers. Saving one document
 * never touches another's files, and a failed write never leaves a record that hides later ones.
 *
 * Logs are numbered by generation. `compact` starts a new generation synchronously, so updates
 * accepted while a snapshot is being written land in a log the snapshot does not delete.
 */
import { join } from 'node:path'
import { isDocumentName } from '../../shared/collab/documentNames.js'
import { StorageError, type DocumentStorageStats, type DocumentStore } from './documentStore.js'
import {
  isMissing,
  nodeFileSystem,
  syncDirectory,
  withOpenFile,
  writeFileDurably,
  writeFully,
  type StorageFileSystem,
  type StoredFileHandle,
} from './durableFiles.js'
import { decodeLog, decodeSnapshot, encodeRecord, encodeSnapshot, type Snapshot } from './records.js'

const SNAPSHOT_FILE = 'snapshot.bin'
const LOG_FILE = /^log-(\d{1,9})\.bin$/

interface PendingAppend {
  epoch: number
  record: Buffer
  resolve: () => void
  reject: (error: Error) => void
}

interface OpenLog {
  handle: StoredFileHandle
  bytes: number
}

interface DocumentFiles {
  dir: string
  queue: Promise<unknown>
  /** Generation of epoch 0; null until the folder has been read, which is tried again until it works. */
  baseGeneration: number | null
  epoch: number
  pending: PendingAppend[]
  flushQueued: boolean
  logs: Map<number, OpenLog>
  /** Logs whose torn tail could not be cut: nothing more is appended to them, and a snapshot deletes them. */
  brokenLogs: Map<number, Error>
}

const logFileName = (generation: number) => `log-${generation}.bin`

export class FileDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, DocumentFiles>()

  constructor(
    private readonly root: string,
    private readonly fileSystem: StorageFileSystem = nodeFileSystem,
  ) {}

  load(documentName: string): Promise<Uint8Array[]> {
    const files = this.filesOf(documentName)
    return this.enqueue(files, async () => {
      // Read once, for the updates and (on first use) the folder's generation numbering alike.
      const { snapshot, generations } = await this.readFolderContents(files)
      const updates: Uint8Array[] = snapshot ? [snapshot.state] : []
      for (const generation of generations) {
        if (snapshot && generation <= snapshot.coversGeneration) continue
        const path = join(files.dir, logFileName(generation))
        const bytes = await this.fileSystem.readFile(path)
        const log = decodeLog(bytes)
        updates.push(...log.records)
        // Only tidying: this generation is older than any this store will append to.
        if (log.validBytes < bytes.byteLength) await this.cutTornTail(path, log.validBytes).catch(() => undefined)
      }
      return updates
    })
  }

  append(documentName: string, update: Uint8Array): Promise<void> {
    const files = this.filesOf(documentName)
    return new Promise<void>((resolve, reject) => {
      files.pending.push({ epoch: files.epoch, record: encodeRecord(update), resolve, reject })
      if (files.flushQueued) return
      files.flushQueued = true
      void this.enqueue(files, () => this.flush(files))
    })
  }

  compact(documentName: string, state: Uint8Array): Promise<void> {
    const files = this.filesOf(documentName)
    const coveredEpoch = files.epoch
    files.epoch += 1
    return this.enqueue(files, async () => {
      const coversGeneration = (await this.readFolder(files)) + coveredEpoch
      await writeFileDurably(this.fileSystem, join(files.dir, SNAPSHOT_FILE), encodeSnapshot({ coversGeneration, state }))
      for (const generation of await this.listLogGenerations(files.dir)) {
        if (generation > coversGeneration) continue
        await files.logs.get(generation)?.handle.close()
        files.logs.delete(generation)
        files.brokenLogs.delete(generation)
        await this.fileSystem.unlink(join(files.dir, logFileName(generation)))
      }
    })
  }

  async stats(documentName: string): Promise<DocumentStorageStats> {
    const files = this.filesOf(documentName)
    return this.enqueue(files, async () => {
      const result: DocumentStorageStats = { snapshotBytes: 0, logBytes: 0, logRecords: 0 }
      try {
        result.snapshotBytes = (await this.fileSystem.stat(join(files.dir, SNAPSHOT_FILE))).size
      } catch (error) {
        if (!isMissing(error)) throw error
      }
      for (const generation of await this.listLogGenerations(files.dir)) {
        const bytes = await this.fileSystem.readFile(join(files.dir, logFileName(generation)))
        result.logBytes += bytes.byteLength
        result.logRecords += decodeLog(bytes).records.length
      }
      return result
    })
  }

  /** Closes a document's files once its pending writes are done; it is reopened on next use. */
  async unload(documentName: string): Promise<void> {
    const files = this.documents.get(documentName)
    if (!files) return
    await this.enqueue(files, () => this.closeLogs(files))
    if (files.pending.length === 0 && !files.flushQueued) this.documents.delete(documentName)
  }

  async close(): Promise<void> {
    await Promise.all([...this.documents.keys()].map((name) => this.unload(name)))
  }

  private filesOf(documentName: string): DocumentFiles {
    const existing = this.documents.get(documentName)
    if (existing) return existing
    if (!isDocumentName(documentName)) throw new StorageError(`invalid document name: ${documentName}`)
    const files: DocumentFiles = {
      dir: join(this.root, documentName),
      queue: Promise.resolve(),
      baseGeneration: null,
      epoch: 0,
      pending: [],
      flushQueued: false,
      logs: new Map(),
      brokenLogs: new Map(),
    }
    this.documents.set(documentName, files)
    return files
  }

  /**
   * Creates the folder and finds the generation to start at, above every log and snapshot already
   * there; until that is known nothing is written, since a log numbered too low would be skipped on load.
   */
  private async readFolder(files: DocumentFiles): Promise<number> {
    if (files.baseGeneration !== null) return files.baseGeneration
    await this.readFolderContents(files)
    return files.baseGeneration ?? 0
  }

  /** The snapshot and log generations on disk; sets the generation numbering if it is not set yet. */
  private async readFolderContents(files: DocumentFiles): Promise<{ snapshot: Snapshot | null; generations: number[] }> {
    if (files.baseGeneration === null) await this.fileSystem.mkdir(files.dir, { recursive: true })
    const snapshot = await this.readSnapshot(files.dir)
    const generations = await this.listLogGenerations(files.dir)
    files.baseGeneration ??= Math.max(snapshot?.coversGeneration ?? 0, generations.at(-1) ?? 0) + 1
    return { snapshot, generations }
  }

  /** Runs one operation after every earlier one on the same document; a failure does not stop later ones. */
  private enqueue<T>(files: DocumentFiles, operation: () => Promise<T>): Promise<T> {
    const result = files.queue.then(operation)
    files.queue = result.catch(() => undefined)
    return result
  }

  private async flush(files: DocumentFiles): Promise<void> {
    files.flushQueued = false
    const batch = files.pending.splice(0)
    if (batch.length === 0) return
    let baseGeneration: number
    try {
      baseGeneration = await this.readFolder(files)
    } catch (error) {
      const failure = new StorageError(`could not read ${files.dir}`, { cause: error })
      for (const entry of batch) entry.reject(failure)
      return
    }
    const byEpoch = new Map<number, PendingAppend[]>()
    for (const entry of batch) {
      const group = byEpoch.get(entry.epoch)
      if (group) group.push(entry)
      else byEpoch.set(entry.epoch, [entry])
    }
    for (const [epoch, entries] of byEpoch) {
      const generation = baseGeneration + epoch
      try {
        const broken = files.brokenLogs.get(generation)
        if (broken) throw broken
        await this.writeRecords(files, generation, entries.map((entry) => entry.record))
        for (const entry of entries) entry.resolve()
      } catch (error) {
        const failure = new StorageError(`could not save to ${files.dir}`, { cause: error })
        for (const entry of entries) entry.reject(failure)
      }
    }
  }

  private async writeRecords(files: DocumentFiles, generation: number, records: Buffer[]): Promise<void> {
    const log = await this.openLog(files, generation)
    const bytes = Buffer.concat(records)
    try {
      await writeFully(log.handle, bytes, log.bytes)
      await log.handle.datasync()
      log.bytes += bytes.byteLength
    } catch (error) {
      // A partly written record would hide every record after it, and after a failed fsync nothing
      // since the last good one can be trusted: cut the log back to its last whole, synced record.
      await log.handle.truncate(log.bytes).catch((truncateError: unknown) => {
        files.brokenLogs.set(generation, new StorageError(`${files.dir}: log ${generation} could not be repaired`, { cause: truncateError }))
      })
      throw error
    }
  }

  private async openLog(files: DocumentFiles, generation: number): Promise<OpenLog> {
    const existing = files.logs.get(generation)
    if (existing) return existing
    const handle = await this.fileSystem.open(join(files.dir, logFileName(generation)), 'a+')
    try {
      const log = { handle, bytes: (await handle.stat()).size }
      // The new file's name must be durable before anything in it is reported stored.
      await syncDirectory(this.fileSystem, files.dir)
      files.logs.set(generation, log)
      return log
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
  }

  private async listLogGenerations(dir: string): Promise<number[]> {
    const names = await this.fileSystem.readdir(dir)
    return names
      .map((name) => LOG_FILE.exec(name))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => Number(match[1]))
      .sort((a, b) => a - b)
  }

  private async readSnapshot(dir: string): Promise<Snapshot | null> {
    let bytes: Buffer
    try {
      bytes = await this.fileSystem.readFile(join(dir, SNAPSHOT_FILE))
    } catch (error) {
      if (isMissing(error)) return null
      throw error
    }
    const snapshot = decodeSnapshot(bytes)
    if (snapshot instanceof Error) throw new StorageError(`${dir}: ${snapshot.message}`)
    return snapshot
  }

  private cutTornTail(path: string, validBytes: number): Promise<void> {
    return withOpenFile(this.fileSystem, path, 'r+', async (handle) => {
      await handle.truncate(validBytes)
      await handle.sync()
    })
  }

  /** The logs were fsynced after every write, so a failure to close one loses nothing. */
  private async closeLogs(files: DocumentFiles): Promise<void> {
    for (const log of files.logs.values()) await log.handle.close().catch(() => undefined)
    files.logs.clear()
  }
}
