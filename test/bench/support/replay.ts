/**
 * @module
 * Replays a workload of edits on client A through the server while client B (another stock provider)
 * watches for them. A sampled edit has arrived on B once B's state for A's client reaches A's clock
 * after that edit, so only inserting edits are sampled: a delete does not advance a clock.
 */
import * as Y from 'yjs'
import { SavedStateClient, createNodeProvider, waitForSync } from './nodeProvider.js'
import { formatCount, formatMs } from './statistics.js'

export interface ReplayPacing {
  /** Edits applied per turn of the event loop; between turns the sockets of A and B are served. */
  editsPerTurn: number
  /** Pause between turns; 0 replays as fast as the pipeline takes it. */
  intervalMs: number
  /** One latency sample per this many edits (the first insert at or after each multiple). */
  sampleEvery: number
  /** A waits while this many edits are on their way to B, so queues stay bounded. */
  maxEditsInFlight: number
  /** Prints progress every this many edits; 0 for none. */
  progressEvery: number
}

/** What to replay: edits applied one transaction each on A, and how to tell that B has all of them. */
export interface Workload {
  edits: number
  /** Before the clock starts (e.g. the start content). */
  setUp(doc: Y.Doc): void
  /** Applies edit `index` to A in a transaction of its own; returns whether it inserted anything. */
  apply(doc: Y.Doc, index: number): boolean
  /** Once every insert has arrived on B: whether the rest (deletes) has too. */
  isComplete(docB: Y.Doc): boolean
  /** Throws if A or B does not hold what the workload produces. */
  verify(docA: Y.Doc, docB: Y.Doc): void
}

export interface ReplayResult {
  /** First edit on A to the last one applied on B. */
  replayMs: number
  /** Last edit on A to the server's saved state covering all of A. */
  savedAfterMs: number
  latencies: number[]
  maxInFlight: number
  docA: Y.Doc
  close(): void
}

interface LatencySample {
  edit: number
  clock: number
  sentAt: number
  arrivedAt: number | null
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function replayThroughServer(collabUrl: string, token: string, documentName: string, workload: Workload, pacing: ReplayPacing): Promise<ReplayResult> {
  const docA = new Y.Doc()
  const docB = new Y.Doc()
  const a = new SavedStateClient(collabUrl, token, documentName, docA)
  const providerB = createNodeProvider(collabUrl, token, documentName, docB)
  await Promise.all([waitForSync(a.provider), waitForSync(providerB)])

  const clientA = docA.clientID
  const samples: LatencySample[] = []
  let arrivedSamples = 0
  let emitted = false
  let finish: () => void = () => undefined
  const allOnB = new Promise<void>((resolve) => {
    finish = resolve
  })
  const isCompleteOnB = () => emitted && Y.getState(docB.store, clientA) >= Y.getState(docA.store, clientA) && workload.isComplete(docB)
  docB.on('update', () => {
    const clock = Y.getState(docB.store, clientA)
    const now = performance.now()
    while (arrivedSamples < samples.length && samples[arrivedSamples].clock <= clock) {
      samples[arrivedSamples].arrivedAt = now
      arrivedSamples += 1
    }
    if (isCompleteOnB()) finish()
  })
  /** Edits since the oldest sampled insert B has not seen yet (a run of deletes has no samples). */
  const editsInFlight = (index: number) => (arrivedSamples < samples.length ? index - samples[arrivedSamples].edit : 0)

  workload.setUp(docA)
  let maxInFlight = 0
  let lastEditAt = 0
  const startedAt = performance.now()
  for (let index = 0; index < workload.edits; index++) {
    const inserted = workload.apply(docA, index)
    lastEditAt = performance.now()
    if (index >= samples.length * pacing.sampleEvery && inserted) {
      samples.push({ edit: index, clock: Y.getState(docA.store, clientA), sentAt: performance.now(), arrivedAt: null })
    }
    if (pacing.progressEvery > 0 && (index + 1) % pacing.progressEvery === 0) {
      const elapsed = formatMs(performance.now() - startedAt)
      process.stderr.write(`  ${formatCount(index + 1)} edits sent, ${formatCount(editsInFlight(index))} in flight, ${elapsed}\n`)
    }
    if ((index + 1) % pacing.editsPerTurn !== 0) continue
    if (pacing.intervalMs > 0) await sleep(pacing.intervalMs)
    else await nextTurn()
    maxInFlight = Math.max(maxInFlight, editsInFlight(index))
    while (editsInFlight(index) > pacing.maxEditsInFlight) await sleep(1)
  }
  emitted = true
  if (isCompleteOnB()) finish()
  await allOnB
  const replayMs = performance.now() - startedAt
  await a.waitUntilSaved()
  const savedAfterMs = performance.now() - lastEditAt

  workload.verify(docA, docB)
  const latencies = samples.map((sample) => {
    if (sample.arrivedAt === null) throw new Error(`edit ${sample.edit} never arrived on B`)
    return sample.arrivedAt - sample.sentAt
  })
  return {
    replayMs,
    savedAfterMs,
    latencies,
    maxInFlight,
    docA,
    close() {
      a.provider.destroy()
      providerB.destroy()
      docA.destroy()
      docB.destroy()
    },
  }
}
