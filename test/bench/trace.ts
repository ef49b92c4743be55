/**
 * @module
 * Replays a real editing trace (259,778 edits) through the collaboration server and prints what it
 * costs: throughput, edit-to-peer latency, time to durable storage, bytes on disk, and the time to
 * load the document again. The server runs as a child process; clients A and B are stock
 * y-websocket providers in this process. Run: `npx tsx test/bench/trace.ts`.
 */
import { readdirSync, statSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { startServer } from '../../server/server.js'
import { ReviewSchema } from '../../shared/api/reviews.js'
import { FileDocumentStore } from '../../server/storage/fileDocumentStore.js'
import { cpuMsOfProcess, cpuMsOfThisProcess } from './support/cpuTime.js'
import { loadEditingTrace, replayLocally } from './support/editingTrace.js'
import { createNodeProvider, waitForSync } from './support/nodeProvider.js'
import { ACCOUNTS, ADMIN_PASSWORD, DEMO_PASSWORD, signIn } from '../support/accounts.js'
import { spawnServerProcess } from '../support/serverProcess.js'
import { formatBytes, formatCount, formatMs, printTable, summarize } from './support/statistics.js'
import { makeTempDir } from './support/tempDir.js'
import { replayThroughServer, spliceAll, type ReplayPacing } from './support/traceReplay.js'

const REVIEW_ID = 'trace'
const DOCUMENT_NAME = `review.${REVIEW_ID}.report`
const PACED_REVIEW_ID = 'trace-paced'
const PACED_DOCUMENT_NAME = `review.${PACED_REVIEW_ID}.report`

const FULL_SPEED: ReplayPacing = { editsPerTurn: 50, intervalMs: 0, sampleEvery: 100, maxEditsInFlight: 5_000, progressEvery: 25_000 }
/** Typing pace: one edit every 10 ms, each insert sampled, on a document of its own. */
const PACED: ReplayPacing = { editsPerTurn: 1, intervalMs: 10, sampleEvery: 1, maxEditsInFlight: 5_000, progressEvery: 0 }
const PACED_EDITS = 1_000
const LOAD_RUNS = 3
const ACQUIRE_RUNS = 5

interface FolderSize {
  snapshotBytes: number
  logFiles: number
  logBytes: number
  totalBytes: number
}

function measureFolder(dir: string): FolderSize {
  const size: FolderSize = { snapshotBytes: 0, logFiles: 0, logBytes: 0, totalBytes: 0 }
  for (const name of readdirSync(dir)) {
    const bytes = statSync(join(dir, name)).size
    size.totalBytes += bytes
    if (name === 'snapshot.bin') size.snapshotBytes = bytes
    if (/^log-\d+\.bin$/.test(name)) {
      size.logFiles += 1
      size.logBytes += bytes
    }
  }
  return size
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function startInProcess(dataDir: string) {
  return startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: true,
    clientDir: makeTempDir('bench-client-'),
    adminEmail: ACCOUNTS.admin,
    adminPassword: ADMIN_PASSWORD,
    demoPassword: DEMO_PASSWORD,
  })
}

async function callApi(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return response.json()
}

/** Through the API, as people would: the admin creates the two reviews and makes the demo author their author. */
async function createTraceReviews(dataDir: string): Promise<void> {
  const server = await startInProcess(dataDir)
  const admin = await signIn(server.url, ACCOUNTS.admin)
  for (const [id, title] of [[REVIEW_ID, 'Trace'], [PACED_REVIEW_ID, 'Trace at typing pace']]) {
    await callApi(server.url, admin, 'POST', '/api/reviews', { id, title, kind: 'serious-case-review' })
    await callApi(server.url, admin, 'POST', `/api/reviews/${id}/members`, { email: ACCOUNTS.author, role: 'author' })
  }
  const author = await signIn(server.url, ACCOUNTS.author)
  const review = ReviewSchema.parse(await callApi(server.url, author, 'GET', `/api/reviews/${REVIEW_ID}`))
  if (review.documents.report !== DOCUMENT_NAME) throw new Error(`unexpected document name ${review.documents.report}`)
  await server.close()
}

/** From `new WebsocketProvider` to its first sync, on a freshly started server that must read the document from disk. */
async function timeColdSync(dataDir: string, endContent: string): Promise<{ syncMs: number; startMs: number }> {
  const server = await spawnServerProcess(dataDir)
  const token = await signIn(server.url, ACCOUNTS.author)
  const doc = new Y.Doc()
  const startedAt = performance.now()
  const provider = createNodeProvider(server.collabUrl, token, DOCUMENT_NAME, doc)
  await waitForSync(provider)
  const syncMs = performance.now() - startedAt
  if (doc.getText('trace').toString() !== endContent) throw new Error('the reloaded document differs from the trace end content')
  provider.destroy()
  doc.destroy()
  await server.stop()
  return { syncMs, startMs: server.startMs }
}

/** The same, with the document already loaded on the server (another client has it open). */
async function timeWarmSyncs(dataDir: string, runs: number): Promise<number[]> {
  const server = await spawnServerProcess(dataDir)
  const token = await signIn(server.url, ACCOUNTS.author)
  const holderDoc = new Y.Doc()
  const holder = createNodeProvider(server.collabUrl, token, DOCUMENT_NAME, holderDoc)
  await waitForSync(holder)
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const doc = new Y.Doc()
    const startedAt = performance.now()
    const provider = createNodeProvider(server.collabUrl, token, DOCUMENT_NAME, doc)
    await waitForSync(provider)
    times.push(performance.now() - startedAt)
    provider.destroy()
    doc.destroy()
  }
  holder.destroy()
  holderDoc.destroy()
  await server.stop()
  return times
}

/** Server-side load alone: `registry.acquire` in this process on a fresh server, unloading in between. */
async function timeAcquires(dataDir: string, runs: number, endContent: string): Promise<number[]> {
  const server = await startInProcess(dataDir)
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const startedAt = performance.now()
    const document = await server.collab.registry.acquire(DOCUMENT_NAME)
    times.push(performance.now() - startedAt)
    if (document.doc.getText('trace').toString() !== endContent) throw new Error('acquire loaded different content')
    server.collab.registry.release(document)
    while (server.collab.registry.loadedCount > 0) await sleep(5)
  }
  await server.close()
  return times
}

interface StoreLoadTimes {
  readMs: number[]
  applyMs: number[]
  records: number
}

/** The two halves of a load, each timed alone: reading and decoding the files, then applying them to a Y.Doc. */
async function timeStoreLoads(dataDir: string, runs: number): Promise<StoreLoadTimes> {
  const times: StoreLoadTimes = { readMs: [], applyMs: [], records: 0 }
  for (let run = 0; run < runs; run++) {
    const store = new FileDocumentStore(join(dataDir, 'documents'))
    const readStartedAt = performance.now()
    const updates = await store.load(DOCUMENT_NAME)
    times.readMs.push(performance.now() - readStartedAt)
    const doc = new Y.Doc()
    const applyStartedAt = performance.now()
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    times.applyMs.push(performance.now() - applyStartedAt)
    times.records = updates.length
    doc.destroy()
    await store.close()
  }
  return times
}

const median = (values: number[]) => summarize(values).median
const ratio = (bytes: number, reference: number) => `${formatBytes(bytes)} (${(bytes / reference).toFixed(2)}x)`

const machine = () => `${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`

async function main(): Promise<void> {
  const trace = loadEditingTrace()
  const edits = trace.patches.length
  console.log(`Editing trace: ${formatCount(edits)} edits, ${formatCount(trace.endContent.length)} characters at the end.`)
  console.log(`Node ${process.version}, ${machine()}`)

  const local = replayLocally(trace)
  if (local.doc.getText('trace').toString() !== trace.endContent) throw new Error('the local replay does not reach the end content')
  local.doc.destroy()

  const dataDir = makeTempDir('bench-trace-data-')
  const documentDir = join(dataDir, 'documents', DOCUMENT_NAME)
  await createTraceReviews(dataDir)

  const server = await spawnServerProcess(dataDir)
  const token = await signIn(server.url, ACCOUNTS.author)
  console.log(`Server process started in ${formatMs(server.startMs)}; replaying through it…`)
  const cpuBefore = { bench: cpuMsOfThisProcess(), server: cpuMsOfProcess(server.child.pid) }
  const replay = await replayThroughServer(server.collabUrl, token, DOCUMENT_NAME, trace.startContent, trace.patches, trace.endContent, FULL_SPEED)
  const cpuAfter = { bench: cpuMsOfThisProcess(), server: cpuMsOfProcess(server.child.pid) }
  const afterReplay = measureFolder(documentDir)
  const encodedBytes = Y.encodeStateAsUpdate(replay.docA).byteLength
  const encodedV2Bytes = Y.encodeStateAsUpdateV2(replay.docA).byteLength

  const pacedPatches = trace.patches.slice(0, PACED_EDITS)
  console.log(`Replaying the first ${formatCount(PACED_EDITS)} edits again at typing pace, into another document…`)
  const paced = await replayThroughServer(server.collabUrl, token, PACED_DOCUMENT_NAME, trace.startContent, pacedPatches, spliceAll(trace.startContent, pacedPatches), PACED)
  paced.close()

  const exitCode = await server.stop()
  if (exitCode !== 0) throw new Error(`the server exited with ${exitCode} on SIGTERM`)
  replay.close()
  const afterClose = measureFolder(documentDir)

  console.log('Loading the document again…')
  const cold: Array<{ syncMs: number; startMs: number }> = []
  for (let run = 0; run < LOAD_RUNS; run++) cold.push(await timeColdSync(dataDir, trace.endContent))
  const warm = await timeWarmSyncs(dataDir, LOAD_RUNS)
  const acquires = await timeAcquires(dataDir, ACQUIRE_RUNS, trace.endContent)
  const storeLoads = await timeStoreLoads(dataDir, ACQUIRE_RUNS)

  const latency = summarize(replay.latencies)
  const pacedLatency = summarize(paced.latencies)
  const serverCpu = cpuBefore.server !== null && cpuAfter.server !== null ? formatMs(cpuAfter.server - cpuBefore.server) : 'n/a'
  printTable('Replay: automerge-paper trace, one transaction per edit, client A -> server -> client B', [
    ['Yjs alone (bare Y.Doc, no provider)', `${formatMs(local.ms)} = ${formatCount((edits / local.ms) * 1000)} edits/s`],
    ['Through the server: first edit on A to last on B', `${formatMs(replay.replayMs)} = ${formatCount((edits / replay.replayMs) * 1000)} edits/s`],
    ['CPU during replay: server process', serverCpu],
    ['CPU during replay: this process (A and B)', formatMs(cpuAfter.bench - cpuBefore.bench)],
    [`Most edits in flight A->B (A waits above ${formatCount(FULL_SPEED.maxEditsInFlight)})`, formatCount(replay.maxInFlight)],
    [`Latency A->B at full speed, ${formatCount(latency.count)} sampled inserts: median`, formatMs(latency.median)],
    ['  p95', formatMs(latency.p95)],
    ['  p99', formatMs(latency.p99)],
    ['  min / max', `${formatMs(latency.min)} / ${formatMs(latency.max)}`],
    ['Last edit sent to server reporting all saved', formatMs(replay.savedAfterMs)],
    [`Latency A->B at 1 edit / ${PACED.intervalMs} ms, ${formatCount(pacedLatency.count)} inserts: median`, formatMs(pacedLatency.median)],
    ['  p95', formatMs(pacedLatency.p95)],
    ['  p99', formatMs(pacedLatency.p99)],
    ['  min / max', `${formatMs(pacedLatency.min)} / ${formatMs(pacedLatency.max)}`],
    ['  last edit sent to server reporting all saved', formatMs(paced.savedAfterMs)],
  ])
  printTable(`On disk: documents/${DOCUMENT_NAME}/ (ratio to Y.encodeStateAsUpdate)`, [
    ['Y.encodeStateAsUpdate (V1), the reference', formatBytes(encodedBytes)],
    ['Y.encodeStateAsUpdateV2, for comparison', ratio(encodedV2Bytes, encodedBytes)],
    ['Right after replay: snapshot.bin', formatBytes(afterReplay.snapshotBytes)],
    [`Right after replay: ${afterReplay.logFiles} log file(s)`, formatBytes(afterReplay.logBytes)],
    ['Right after replay: whole folder', ratio(afterReplay.totalBytes, encodedBytes)],
    ['After server.close() (snapshot): snapshot.bin', formatBytes(afterClose.snapshotBytes)],
    [`After server.close(): ${afterClose.logFiles} log file(s)`, formatBytes(afterClose.logBytes)],
    ['After server.close(): whole folder', ratio(afterClose.totalBytes, encodedBytes)],
  ])
  printTable('Loading the document again', [
    ['Server process start-up (spawn to listening), median', formatMs(median(cold.map((run) => run.startMs)))],
    [`Cold: new WebsocketProvider -> synced, fresh server (${LOAD_RUNS} runs)`, cold.map((run) => formatMs(run.syncMs)).join(', ')],
    [`Warm: same, document already loaded (${LOAD_RUNS} runs)`, warm.map((ms) => formatMs(ms)).join(', ')],
    [`Server side: registry.acquire in-process (${ACQUIRE_RUNS} runs)`, acquires.map((ms) => formatMs(ms)).join(', ')],
    [`  FileDocumentStore.load alone (${storeLoads.records} record(s))`, storeLoads.readMs.map((ms) => formatMs(ms)).join(', ')],
    ['  applying them to a fresh Y.Doc alone', storeLoads.applyMs.map((ms) => formatMs(ms)).join(', ')],
  ])
  console.log(`\nAt the end: ${machine()}`)
}

await main()
process.exit(0)
