/**
 * @module
 * Limits and timings of the collaboration server, with the defaults a board's server runs on.
 */
import { DEFAULT_RETRY_TIMINGS, type RetryTimings } from '../storage/retryDelay.js'

export interface CollabOptions extends RetryTimings {
  /** Largest message a client may send, in bytes; larger ones close the socket with 1009. */
  maxMessageBytes: number
  /** Most sockets open on one document at once. */
  maxClientsPerDocument: number
  /** A client whose unsent data passes this many bytes has stopped reading and is dropped. */
  maxBufferedBytes: number
  /** How long a client dropped for not reading gets to read on to the close frame before it is cut off. */
  slowConsumerGraceMs: number
  /** Presence states one socket may introduce; a real client has one, its document's client id. */
  maxAwarenessClientsPerSocket: number
  /** How long the clock of a client that has left is kept, so a late copy of its state cannot bring it back. */
  departedPresenceMs: number
  /** Bytes of updates waiting for dependencies that a document keeps before letting them go. */
  maxPendingBytes: number
  /** Updates waiting for dependencies that a document takes before letting them go. */
  maxPendingUpdates: number
  /** How often sockets are pinged; one that has not answered the previous ping is dropped. */
  pingIntervalMs: number
  /**
   * Changes accepted within this window after the first are appended with one write and one fsync
   * (group commit); 0 groups only those of the same turn of the event loop. Relaying to other
   * clients never waits for it; only "saved" comes this much later.
   */
  appendWindowMs: number
  /**
   * The server aims at about this many log fsyncs a second in all: with many documents being written at
   * once, each one's append window lengthens (`commitPacer.ts`), up to `maxAppendWindowMs`.
   */
  fsyncsPerSecond: number
  maxAppendWindowMs: number
  /** Quiet time after the last change before a snapshot is written. */
  snapshotDebounceMs: number
  /** A snapshot is never later than this after the first unsnapshotted change. */
  snapshotMaxWaitMs: number
}

// Also exported by name: the hostile-input tests size what they send by them.
export const MAX_AWARENESS_CLIENTS_PER_SOCKET = 8
export const DEPARTED_PRESENCE_MS = 30_000
export const MAX_PENDING_BYTES = 64 * 1024
export const MAX_PENDING_UPDATES = 32

export const DEFAULT_COLLAB_OPTIONS: CollabOptions = {
  maxMessageBytes: 4 * 1024 * 1024,
  maxClientsPerDocument: 100,
  maxBufferedBytes: 8 * 1024 * 1024,
  slowConsumerGraceMs: 5_000,
  maxAwarenessClientsPerSocket: MAX_AWARENESS_CLIENTS_PER_SOCKET,
  departedPresenceMs: DEPARTED_PRESENCE_MS,
  maxPendingBytes: MAX_PENDING_BYTES,
  maxPendingUpdates: MAX_PENDING_UPDATES,
  pingIntervalMs: 30_000,
  appendWindowMs: 100,
  fsyncsPerSecond: 50,
  maxAppendWindowMs: 1_000,
  snapshotDebounceMs: 2_000,
  snapshotMaxWaitMs: 10_000,
  // While the disk fails, a document's snapshot is retried after 1 s, 2 s, 4 s ... then every 10 s.
  ...DEFAULT_RETRY_TIMINGS,
}
