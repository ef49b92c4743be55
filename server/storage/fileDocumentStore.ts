/**
 * @module
 * The embedded document store: one folder per document holding a snapshot and append-only logs of
 * accepted updates. Appends are grouped and fsynced together; compaction writes a new snapshot
 * through a temporary file, fsync and rename, then deletes the logs it covers. Saving one document
 * never touches another's files.
 *
 * Logs are numbered by generation. `compact` starts a new generation synchronously, so updates
 * accepted while a snapshot is being written land in a log the snapshot does not delete.
 */
import { mkdir, open, readdir, readFile, rename, stat, unlink, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { isDocumentName } from '../../shared/collab/documentNames.js'
import { StorageError, type DocumentStorageStats, type DocumentStore } from './documentStore.js'
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
  handle: FileHandle
  bytes: number
}

interface DocumentFiles {
  dir: string
  queue: Promise<unknown>
  /** Generation of epoch 0, known once the folder has been read. */
  baseGeneration: number
  epoch: number
  pending: PendingAppend[]
  flushQueued: boolean
  logs: Map<number, OpenLog>
  broken: Error | null
}

const logFileName = (generation: number) => `log-${generation}.bin`

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT'
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function listLogGenerations(dir: string): Promise<number[]> {
  const names = await readdir(dir)
  return names
    .map((name) => LOG_FILE.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => Number(match[1]))
    .sort((a, b) => a - b)
}

async function readSnapshot(dir: string): Promise<Snapshot | null> {
  let bytes: Buffer
  try {
    bytes = await readFile(join(dir, SNAPSHOT_FILE))
  } catch (error) {
    if (isMissing(error)) return null
    throw error
  }
  const snapshot = decodeSnapshot(bytes)
  if (snapshot instanceof Error) throw new StorageError(`${dir}: ${snapshot.message}`)
  return snapshot
}

export class FileDocumentStore implements DocumentStore {
  private readonly documents = new Map<string, DocumentFiles>()

  constructor(private readonly root: string) {}

  load(documentName: string): Promise<Uint8Array[]> {
    const files = this.filesOf(documentName)
    return this.enqueue(files, async () => {
      const snapshot = await readSnapshot(files.dir)
      const updates: Uint8Array[] = snapshot ? [snapshot.state] : []
      for (const generation of await listLogGenerations(files.dir)) {
        if (snapshot && generation <= snapshot.coversGeneration) continue
        const path = join(files.dir, logFileName(generation))
        const bytes = await readFile(path)
        const log = decodeLog(bytes)
        updates.push(...log.records)
        if (log.validBytes < bytes.byteLength) await this.cutTornTail(path, log.validBytes)
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
      const coversGeneration = files.baseGeneration + coveredEpoch
      const target = join(files.dir, SNAPSHOT_FILE)
      const temporary = `${target}.tmp`
      const handle = await open(temporary, 'w')
      try {
        await handle.writeFile(encodeSnapshot({ coversGeneration, state }))
        await handle.sync()
      } finally {
        await handle.close()
      }
      await rename(temporary, target)
      await syncDirectory(files.dir)
      for (const generation of await listLogGenerations(files.dir)) {
        if (generation > coversGeneration) continue
        await files.logs.get(generation)?.handle.close()
        files.logs.delete(generation)
        await unlink(join(files.dir, logFileName(generation)))
      }
    })
  }

  async stats(documentName: string): Promise<DocumentStorageStats> {
    const files = this.filesOf(documentName)
    return this.enqueue(files, async () => {
      const result: DocumentStorageStats = { snapshotBytes: 0, logBytes: 0, logRecords: 0 }
      try {
        result.snapshotBytes = (await stat(join(files.dir, SNAPSHOT_FILE))).size
      } catch (error) {
        if (!isMissing(error)) throw error
      }
      for (const generation of await listLogGenerations(files.dir)) {
        const bytes = await readFile(join(files.dir, logFileName(generation)))
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
    const dir = join(this.root, documentName)
    const files: DocumentFiles = {
      dir,
      queue: Promise.resolve(),
      baseGeneration: 0,
      epoch: 0,
      pending: [],
      flushQueued: false,
      logs: new Map(),
      broken: null,
    }
    this.documents.set(documentName, files)
    void this.enqueue(files, async () => {
      await mkdir(dir, { recursive: true })
      const snapshot = await readSnapshot(dir).catch(() => null)
      const generations = await listLogGenerations(dir)
      files.baseGeneration = Math.max(snapshot?.coversGeneration ?? 0, generations.at(-1) ?? 0) + 1
    })
    return files
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
    if (files.broken) {
      for (const entry of batch) entry.reject(files.broken)
      return
    }
    const byEpoch = new Map<number, PendingAppend[]>()
    for (const entry of batch) {
      const group = byEpoch.get(entry.epoch)
      if (group) group.push(entry)
      else byEpoch.set(entry.epoch, [entry])
    }
    for (const [epoch, entries] of byEpoch) {
      try {
        await this.writeRecords(files, files.baseGeneration + epoch, entries.map((entry) => entry.record))
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
      await log.handle.write(bytes, 0, bytes.byteLength, log.bytes)
      await log.handle.datasync()
      log.bytes += bytes.byteLength
    } catch (error) {
      // A partly written record would hide every record after it; cut the log back to its last whole one.
      await log.handle.truncate(log.bytes).catch((truncateError: unknown) => {
        files.broken = new StorageError(`${files.dir}: log could not be repaired`, { cause: truncateError })
      })
      throw error
    }
  }

  private async openLog(files: DocumentFiles, generation: number): Promise<OpenLog> {
    const existing = files.logs.get(generation)
    if (existing) return existing
    const path = join(files.dir, logFileName(generation))
    const handle = await open(path, 'a+')
    const log = { handle, bytes: (await handle.stat()).size }
    files.logs.set(generation, log)
    await syncDirectory(files.dir)
    return log
  }

  private async cutTornTail(path: string, validBytes: number): Promise<void> {
    const handle = await open(path, 'r+')
    try {
      await handle.truncate(validBytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }

  private async closeLogs(files: DocumentFiles): Promise<void> {
    for (const log of files.logs.values()) await log.handle.close()
    files.logs.clear()
  }
}
