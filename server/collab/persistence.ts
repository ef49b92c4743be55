/**
 * @module
 * Keeps one loaded document's stored state up to date: accepted updates are appended to the store
 * (those accepted within a short window written and fsynced together), and a snapshot replaces the log
 * on a debounce, on the last disconnect and on shutdown. Tracks the state vector that is durably
 * stored, which is what clients are told is saved.
 *
 * When a write fails, the document stays in memory and a snapshot is retried on a backoff until one
 * is stored. Meanwhile updates are not appended (that snapshot will hold them), and nothing accepted
 * after the failure is reported saved.
 */
import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'
import type { DocumentStore } from '../storage/documentStore.js'
import { RetryDelay, type RetryTimings } from '../storage/retryDelay.js'
import { CommitPacer } from './commitPacer.js'
import type { CollabOptions } from './options.js'

/** Transaction origin of updates read from storage, which must not be written back. */
export const STORAGE_ORIGIN = Symbol('storage')

export type PersistenceOptions = Pick<CollabOptions, 'appendWindowMs' | 'snapshotDebounceMs' | 'snapshotMaxWaitMs'> & RetryTimings

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
  /** Highest update that no stored append holds and no snapshot has covered yet. */
  private unstoredSeq: number | null = null
  private pendingAppends = 0
  private pendingSnapshots = 0
  private dirty = false
  private dirtySince = 0
  /** The debounced snapshot or, while the store is failing, the next retry. */
  private timer: NodeJS.Timeout | null = null
  /** Ends the current append window. */
  private appendTimer: NodeJS.Timeout | null = null
  private stopped = false
  private readonly retryDelay: RetryDelay
  private snapshots: Promise<void> = Promise.resolve()
  private storedWaiters: Array<() => void> = []

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly store: DocumentStore,
    private readonly options: PersistenceOptions,
    private readonly onSaved: () => void,
    /** Shared by the server's documents; a document on its own keeps the plain window. */
    private readonly pacer = new CommitPacer({ appendWindowMs: options.appendWindowMs, maxAppendWindowMs: options.appendWindowMs, fsyncsPerSecond: 1 }),
  ) {
    this.savedStateVector = Y.encodeStateVector(doc)
    this.retryDelay = new RetryDelay(options)
    doc.on('update', this.handleUpdate)
  }

  get hasPendingSave(): boolean {
    return this.pendingAppends > 0 || this.pendingSnapshots > 0 || this.dirty
  }

  private readonly handleUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORAGE_ORIGIN) return
    this.updateSeq += 1
    if (this.retryDelay.isRetrying) {
      // Not appended: the retried snapshot will hold it.
      this.unstoredSeq = this.updateSeq
      this.setDirty()
      return
    }
    this.buffered.push(update)
    if (this.buffered.length > 1) return
    this.pendingAppends += 1
    this.setDirty()
    this.scheduleSnapshot()
    this.appendTimer = setTimeout(this.appendBuffered, this.pacer.openWindow())
  }

  /** Updates accepted within the append window share one state vector and one fsync. */
  private readonly appendBuffered = () => {
    if (this.appendTimer) clearTimeout(this.appendTimer)
    this.appendTimer = null
    if (this.buffered.length === 0) return
    const updates = this.buffered
    this.buffered = []
    this.pacer.closeWindow()
    const seq = this.updateSeq
    const coveredState = Y.encodeStateVector(this.doc)
    void Promise.allSettled(updates.map((update) => this.store.append(this.name, update))).then((results) => {
      this.pendingAppends -= 1
      if (results.some((result) => result.status === 'rejected')) {
        this.unstoredSeq = Math.max(this.unstoredSeq ?? 0, seq)
        this.setDirty()
        if (!this.retryDelay.isRetrying) this.scheduleRetry()
      } else if (this.unstoredSeq === null) {
        // The store writes in order, so every update up to this batch is stored too.
        this.setSaved(coveredState)
      }
      this.notifyIfStored()
    })
  }

  private setDirty(): void {
    if (!this.dirty) this.dirtySince = Date.now()
    this.dirty = true
  }

  private scheduleSnapshot(): void {
    if (this.stopped) return
    this.clearTimer()
    const untilDeadline = this.dirtySince + this.options.snapshotMaxWaitMs - Date.now()
    const delay = Math.max(0, Math.min(this.options.snapshotDebounceMs, untilDeadline))
    this.timer = setTimeout(() => void this.snapshot().catch(() => undefined), delay)
  }

  /** While retrying, the timer is not pushed back by later updates: only its own failure moves it. */
  private scheduleRetry(): void {
    if (this.stopped) return
    this.clearTimer()
    this.timer = setTimeout(() => void this.snapshot().catch(() => undefined), this.retryDelay.next())
  }

  /** Writes a snapshot if anything changed since the last one; resolves once it is durable. */
  snapshot(): Promise<void> {
    this.clearTimer()
    this.pendingSnapshots += 1
    const run = this.snapshots.then(() => this.writeSnapshot())
    this.snapshots = run.catch(() => undefined)
    return run.finally(() => {
      this.pendingSnapshots -= 1
      this.notifyIfStored()
    })
  }

  /** Writes a snapshot now, and resolves once nothing is left unstored, after however many retries. */
  async flush(): Promise<void> {
    await this.snapshot().catch(() => undefined)
    if (this.hasPendingSave) await new Promise<void>((resolve) => this.storedWaiters.push(resolve))
  }

  private async writeSnapshot(): Promise<void> {
    // While retrying, a snapshot is written even with nothing new: storing one is what ends the retrying.
    if (!this.dirty && !this.retryDelay.isRetrying) return
    this.dirty = false
    const seq = this.updateSeq
    const state = Y.encodeStateAsUpdate(this.doc)
    const coveredState = Y.encodeStateVector(this.doc)
    // What waits in the append window is in this snapshot: appending it too would write it twice.
    const absorbed = this.discardBuffered()
    try {
      await this.store.compact(this.name, state)
    } catch (error) {
      // Nothing else holds what was absorbed; until a snapshot is stored, nothing later is reported saved.
      if (absorbed) this.unstoredSeq = Math.max(this.unstoredSeq ?? 0, seq)
      this.setDirty()
      this.scheduleRetry()
      throw error
    }
    if (this.unstoredSeq !== null && this.unstoredSeq <= seq) this.unstoredSeq = null
    this.retryDelay.reset()
    this.setSaved(coveredState)
    // Updates accepted while it was written, appended or (if the store was failing) not, go into the next.
    if (this.dirty) this.scheduleSnapshot()
  }

  /** Drops the updates waiting in the append window; returns whether there were any. */
  private discardBuffered(): boolean {
    if (this.buffered.length === 0) return false
    if (this.appendTimer) clearTimeout(this.appendTimer)
    this.appendTimer = null
    this.buffered = []
    this.pacer.closeWindow()
    this.pendingAppends -= 1
    return true
  }

  /** No more timed snapshots or retries; `snapshot` still writes when called. Used on shutdown. */
  stop(): void {
    this.stopped = true
    this.clearTimer()
    // What waits in the append window goes to the store now, before the store closes.
    this.appendBuffered()
  }

  destroy(): void {
    this.stop()
    this.doc.off('update', this.handleUpdate)
    this.releaseWaiters()
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private notifyIfStored(): void {
    if (!this.hasPendingSave) this.releaseWaiters()
  }

  private releaseWaiters(): void {
    const waiters = this.storedWaiters
    this.storedWaiters = []
    for (const resolve of waiters) resolve()
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
