/**
 * @module
 * Keeps one loaded document's stored state up to date: accepted updates are appended to the store
 * at once (grouped per turn of the event loop and fsynced together), and a snapshot replaces the log on a debounce, on the
 * last disconnect and on shutdown. Tracks the state vector that is durably stored, which is what
 * clients are told is saved.
 */
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import type { DocumentStore } from '../storage/documentStore.js'
import type { CollabOptions } from './options.js'
import { log } from '../log.js'

/** Transaction origin of updates read from storage, which must not be written back. */
export const STORAGE_ORIGIN = Symbol('storage')

function encodeStateVector(stateVector: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, stateVector.size)
  for (const [client, clock] of stateVector) {
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock)
  }
  return encoding.toUint8Array(encoder)
}

export class DocumentPersistence {
  /** State vector of everything known to be durably stored. */
  savedStateVector: Uint8Array
  private updateSeq = 0
  private buffered: Uint8Array[] = []
  /** Highest update whose append failed and that no snapshot has covered yet. */
  private failedAppendSeq: number | null = null
  private pendingAppends = 0
  private pendingSnapshots = 0
  private dirty = false
  private dirtySince = 0
  private debounceTimer: NodeJS.Timeout | null = null
  private snapshots: Promise<void> = Promise.resolve()

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly store: DocumentStore,
    private readonly options: Pick<CollabOptions, 'snapshotDebounceMs' | 'snapshotMaxWaitMs'>,
    private readonly onSaved: () => void,
  ) {
    this.savedStateVector = Y.encodeStateVector(doc)
    doc.on('update', this.handleUpdate)
  }

  get hasPendingSave(): boolean {
    return this.pendingAppends > 0 || this.pendingSnapshots > 0 || this.dirty
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORAGE_ORIGIN) return
    this.updateSeq += 1
    this.buffered.push(update)
    if (this.buffered.length > 1) return
    this.pendingAppends += 1
    this.markDirty()
    setImmediate(this.appendBuffered)
  }

  /** Updates accepted in the same turn of the event loop share one state vector and one fsync. */
  private readonly appendBuffered = () => {
    const updates = this.buffered
    this.buffered = []
    const seq = this.updateSeq
    const coveredState = Y.encodeStateVector(this.doc)
    let stored: Promise<void> = Promise.resolve()
    for (const update of updates) stored = this.store.append(this.name, update)
    // The store writes in order, so the last append settling means all of them are stored.
    stored.then(
      () => {
        this.pendingAppends -= 1
        if (this.failedAppendSeq === null) this.setSaved(coveredState)
      },
      (error: unknown) => {
        this.pendingAppends -= 1
        // The updates stay in memory and go into the next snapshot, retried until one succeeds;
        // until then nothing later may be reported as saved.
        this.failedAppendSeq = Math.max(this.failedAppendSeq ?? 0, seq)
        log.error('storage', `append to ${this.name} failed`, error)
      },
    )
  }

  private markDirty(): void {
    if (!this.dirty) this.dirtySince = Date.now()
    this.dirty = true
    this.scheduleSnapshot()
  }

  private scheduleSnapshot(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    const untilDeadline = this.dirtySince + this.options.snapshotMaxWaitMs - Date.now()
    const delay = Math.max(0, Math.min(this.options.snapshotDebounceMs, untilDeadline))
    this.debounceTimer = setTimeout(() => void this.snapshot().catch(() => undefined), delay)
  }

  /** Writes a snapshot if anything changed since the last one; resolves once it is durable. */
  snapshot(): Promise<void> {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = null
    this.pendingSnapshots += 1
    const run = this.snapshots.then(() => this.writeSnapshot())
    this.snapshots = run.catch(() => undefined)
    return run.finally(() => {
      this.pendingSnapshots -= 1
    })
  }

  private async writeSnapshot(): Promise<void> {
    if (!this.dirty) return
    this.dirty = false
    const seq = this.updateSeq
    const state = Y.encodeStateAsUpdate(this.doc)
    const coveredState = Y.encodeStateVector(this.doc)
    try {
      await this.store.compact(this.name, state)
    } catch (error) {
      log.error('storage', `snapshot of ${this.name} failed; it will be retried`, error)
      if (!this.dirty) this.dirtySince = Date.now()
      this.dirty = true
      this.scheduleSnapshot()
      throw error
    }
    if (this.failedAppendSeq !== null && this.failedAppendSeq <= seq) this.failedAppendSeq = null
    this.setSaved(coveredState)
  }

  destroy(): void {
    if (this.debounceTimer) clearTimeout(this.debounceTimer)
    this.debounceTimer = null
    this.doc.off('update', this.handleUpdate)
  }

  /** Both are durable, so what is saved is the larger of the two, client by client. */
  private setSaved(stateVector: Uint8Array): void {
    const saved = Y.decodeStateVector(this.savedStateVector)
    for (const [client, clock] of Y.decodeStateVector(stateVector)) {
      if (clock > (saved.get(client) ?? 0)) saved.set(client, clock)
    }
    this.savedStateVector = encodeStateVector(saved)
    this.onSaved()
  }
}
