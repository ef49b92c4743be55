/**
 * @module
 * Messages between `load.ts` and its client workers (`loadClient.ts`), over the child-process IPC
 * channel. Times are wall-clock milliseconds (`performance.timeOrigin + performance.now()`), which
 * compare across processes on one machine.
 */

/** Parent to worker, first: whom to connect. */
export interface LoadSetup {
  type: 'setup'
  collabUrl: string
  token: string
  /** Documents and how many clients this worker opens on each. */
  rooms: Array<{ name: string; clients: number }>
  /** Inserts per second per client (mean; each gap is jittered by ±50 %). */
  rate: number
  /** False: plain typing, without the stamp each insert carries for timing it (default true). */
  stamps?: boolean
}

/** Parent to worker, once every worker is ready: edit from `startAt` to `endAt`, then report after `reportAt`. */
export interface LoadStart {
  type: 'start'
  startAt: number
  endAt: number
  reportAt: number
}

export interface LoadStop {
  type: 'stop'
}

export type ParentMessage = LoadSetup | LoadStart | LoadStop

export interface WorkerReady {
  type: 'ready'
  clients: number
}

export interface WorkerReport {
  type: 'report'
  /** Edit-to-peer latencies seen by this worker's clients, ms. */
  latencies: number[]
  /** Inserts sent, by room name. */
  sentByRoom: Record<string, number>
  /** Stamps of other clients' inserts received, by room name (each insert should reach every other client of its room). */
  receivedByRoom: Record<string, number>
  /** Providers that were not connected at the end. */
  disconnected: number
}

export interface WorkerFailed {
  type: 'failed'
  message: string
}

export type WorkerMessage = WorkerReady | WorkerReport | WorkerFailed

export const wallClock = (): number => performance.timeOrigin + performance.now()
