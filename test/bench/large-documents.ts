/**
 * @module
 * Large documents through the collaboration server: the real editing trace (259,778 edits on a
 * Y.Text) and a generated 150-page overview report (about 65,000 edits on the report's XmlFragment:
 * headings, paragraphs typed a word at a time, lists, tables). Each is replayed from client A through
 * the server (as `npm start` runs it, a child process) to client B, then loaded again from storage.
 * Prints throughput, edit-to-peer latency, time to durable storage, bytes on disk against
 * `Y.encodeStateAsUpdate`, load times and the server's heap per loaded document.
 * Run: `npx tsx test/bench/large-documents.ts` (about 3 minutes); `ONLY=trace` or `ONLY=report` runs one.
 */
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import * as Y from 'yjs'
import { ReviewSchema } from '../../shared/api/reviews.js'
import { createReportSkeleton } from '../../shared/schema/index.js'
import { ACCOUNTS, signIn } from '../support/accounts.js'
import { buildServerBundle, spawnServerProcess } from '../support/serverProcess.js'
import { callApi, createReviewsForAuthor } from './support/benchApi.js'
import { cpuMsOfProcess, cpuMsOfThisProcess } from './support/cpuTime.js'
import { measureFolder, measureServerSide, startInProcess, timeLoads, type DocumentCheck } from './support/documentLoad.js'
import { loadEditingTrace, replayLocally, spliceAll, traceWorkload } from './support/editingTrace.js'
import { countSchemaBlocks, generateReport } from './support/generatedReport.js'
import { replayThroughServer, type ReplayPacing, type Workload } from './support/replay.js'
import { formatBytes, formatCount, formatMs, printTable, summarize } from './support/statistics.js'
import { makeTempDir } from './support/tempDir.js'

const FULL_SPEED: ReplayPacing = { editsPerTurn: 50, intervalMs: 0, sampleEvery: 100, maxEditsInFlight: 5_000, progressEvery: 50_000 }
/** Typing pace: one edit every 10 ms, each insert sampled. */
const PACED: ReplayPacing = { editsPerTurn: 1, intervalMs: 10, sampleEvery: 1, maxEditsInFlight: 5_000, progressEvery: 0 }
const PACED_EDITS = 1_000
const LOAD_RUNS = 5
const REPORT_PAGES = 150

interface Case {
  /** Review id, and a label for the tables. */
  id: string
  label: string
  workload: Workload
  /** A shorter workload replayed at typing pace on a review of its own, if any. */
  paced?: Workload
  /** Checks a replica loaded from storage. */
  check: DocumentCheck
  /** What Yjs alone takes to apply the workload, for comparison. */
  localMs: number
}

const documentOf = (id: string) => `review.${id}.report`
const list = (values: number[]) => values.map((ms) => formatMs(ms)).join(', ')
const ratio = (bytes: number, reference: number) => `${formatBytes(bytes)} (${(bytes / reference).toFixed(2)}x)`
const machine = () => `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`

/** Through the API, as people would: the admin creates the reviews and makes the demo author their author. */
async function createReviews(dataDir: string, ids: string[]): Promise<void> {
  const server = await startInProcess(dataDir)
  await createReviewsForAuthor(server.url, ids)
  const author = await signIn(server.url, ACCOUNTS.author)
  const review = ReviewSchema.parse(await callApi(server.url, author, 'GET', `/api/reviews/${ids[0]}`))
  if (review.documents.report !== documentOf(ids[0])) throw new Error(`unexpected document name ${review.documents.report}`)
  await server.close()
}

function localReplayMs(workload: Workload): number {
  const doc = new Y.Doc()
  workload.setUp(doc)
  const startedAt = performance.now()
  for (let index = 0; index < workload.edits; index++) workload.apply(doc, index)
  const ms = performance.now() - startedAt
  doc.destroy()
  return ms
}

function traceCase(): Case {
  const trace = loadEditingTrace()
  const local = replayLocally(trace)
  if (local.doc.getText('trace').toString() !== trace.endContent) throw new Error('the local replay does not reach the end content')
  local.doc.destroy()
  const pacedPatches = trace.patches.slice(0, PACED_EDITS)
  return {
    id: 'trace',
    label: `editing trace (${formatCount(trace.patches.length)} edits on a Y.Text)`,
    workload: traceWorkload(trace.startContent, trace.patches, trace.endContent),
    paced: traceWorkload(trace.startContent, pacedPatches, spliceAll(trace.startContent, pacedPatches)),
    check: (doc) => {
      if (doc.getText('trace').toString() !== trace.endContent) throw new Error('the loaded trace differs from its end content')
    },
    localMs: local.ms,
  }
}

function reportCase(): Case {
  const report = generateReport(REPORT_PAGES)
  // A new review's report starts from the standard skeleton.
  const skeletonBlocks = createReportSkeleton().content?.length ?? 0
  return {
    id: 'report-150',
    label: `generated ${REPORT_PAGES}-page report (${formatCount(report.words)} words, ${formatCount(report.blocks)} blocks, ${formatCount(report.edits)} edits)`,
    workload: report,
    check: (doc) => {
      const blocks = countSchemaBlocks(doc)
      if (blocks !== skeletonBlocks + report.blocks) throw new Error(`the loaded report has ${blocks} blocks, not ${skeletonBlocks + report.blocks}`)
    },
    localMs: localReplayMs(report),
  }
}

async function runCase(benchCase: Case): Promise<void> {
  const { workload } = benchCase
  const dataDir = makeTempDir(`bench-${benchCase.id}-data-`)
  const documentName = documentOf(benchCase.id)
  const documentDir = join(dataDir, 'documents', documentName)
  await createReviews(dataDir, [benchCase.id, `${benchCase.id}-paced`])

  console.log(`\n${benchCase.label}: replaying through the server…`)
  const server = await spawnServerProcess(dataDir, { bundled: true })
  const token = await signIn(server.url, ACCOUNTS.author)
  const cpuBefore = { bench: cpuMsOfThisProcess(), server: cpuMsOfProcess(server.child.pid) }
  const replay = await replayThroughServer(server.collabUrl, token, documentName, workload, FULL_SPEED)
  const cpuAfter = { bench: cpuMsOfThisProcess(), server: cpuMsOfProcess(server.child.pid) }
  const afterReplay = measureFolder(documentDir)
  const encodedBytes = Y.encodeStateAsUpdate(replay.docA).byteLength
  const encodedV2Bytes = Y.encodeStateAsUpdateV2(replay.docA).byteLength
  const paced = benchCase.paced ? await replayThroughServer(server.collabUrl, token, documentOf(`${benchCase.id}-paced`), benchCase.paced, PACED) : null
  paced?.close()
  const exitCode = await server.stop()
  if (exitCode !== 0) throw new Error(`the server exited with ${exitCode} on SIGTERM`)
  replay.close()
  const afterClose = measureFolder(documentDir)

  console.log('Loading it again…')
  const loads = await timeLoads(dataDir, documentName, LOAD_RUNS, benchCase.check)
  const serverSide = await measureServerSide(dataDir, documentName, LOAD_RUNS, benchCase.check)

  const latency = summarize(replay.latencies)
  const serverCpu = cpuBefore.server !== null && cpuAfter.server !== null ? formatMs(cpuAfter.server - cpuBefore.server) : 'n/a'
  const rows: Array<[string, string]> = [
    ['Yjs alone (bare Y.Doc, no provider)', `${formatMs(benchCase.localMs)} = ${formatCount((workload.edits / benchCase.localMs) * 1000)} edits/s`],
    ['Through the server: first edit on A to last on B', `${formatMs(replay.replayMs)} = ${formatCount((workload.edits / replay.replayMs) * 1000)} edits/s`],
    ['CPU during replay: server process', serverCpu],
    ['CPU during replay: this process (A and B)', formatMs(cpuAfter.bench - cpuBefore.bench)],
    [`Latency A->B at full speed, ${formatCount(latency.count)} sampled edits: median`, formatMs(latency.median)],
    ['  p95 / p99 / max', `${formatMs(latency.p95)} / ${formatMs(latency.p99)} / ${formatMs(latency.max)}`],
    ['Last edit sent to server reporting all saved', formatMs(replay.savedAfterMs)],
  ]
  if (paced) {
    const pacedLatency = summarize(paced.latencies)
    rows.push(
      [`Latency A->B at 1 edit / ${PACED.intervalMs} ms, ${formatCount(pacedLatency.count)} edits: median`, formatMs(pacedLatency.median)],
      ['  p95 / p99 / max', `${formatMs(pacedLatency.p95)} / ${formatMs(pacedLatency.p99)} / ${formatMs(pacedLatency.max)}`],
      ['  last edit sent to server reporting all saved', formatMs(paced.savedAfterMs)],
    )
  }
  printTable(`Replay: ${benchCase.label}, one transaction per edit, client A -> server -> client B`, rows)
  printTable(`On disk: documents/${documentName}/ (ratio to Y.encodeStateAsUpdate)`, [
    ['Y.encodeStateAsUpdate (V1), the reference', formatBytes(encodedBytes)],
    ['Y.encodeStateAsUpdateV2, for comparison', ratio(encodedV2Bytes, encodedBytes)],
    [`Right after replay: snapshot + ${afterReplay.logFiles} log file(s)`, `${formatBytes(afterReplay.snapshotBytes)} + ${formatBytes(afterReplay.logBytes)}`],
    ['Right after replay: whole folder', ratio(afterReplay.totalBytes, encodedBytes)],
    [`After SIGTERM (snapshot): snapshot + ${afterClose.logFiles} log file(s)`, `${formatBytes(afterClose.snapshotBytes)} + ${formatBytes(afterClose.logBytes)}`],
    ['After SIGTERM: whole folder', ratio(afterClose.totalBytes, encodedBytes)],
  ])
  printTable(`Loading ${documentName} from storage and syncing a new client (new WebsocketProvider -> synced)`, [
    ['First load in a freshly started server process', formatMs(loads.firstMs)],
    [`Cold, on a running server: document on disk only (${LOAD_RUNS} runs)`, list(loads.coldMs)],
    ['  median', formatMs(summarize(loads.coldMs).median)],
    [`Warm: another client has it open (${LOAD_RUNS} runs)`, list(loads.warmMs)],
    [`Server side: registry.acquire in-process (${LOAD_RUNS} runs)`, list(serverSide.acquireMs)],
    [`  FileDocumentStore.load alone (${serverSide.records} record(s))`, list(serverSide.readMs)],
    ['  applying them to a fresh Y.Doc alone', list(serverSide.applyMs)],
    [`Server heap per loaded document (after full GC; mean of ${LOAD_RUNS} loaded at once)`, `${(serverSide.heapBytes / 1024 / 1024).toFixed(1)} MB`],
  ])
}

console.log(machine())
buildServerBundle()
const only = process.env.ONLY
if (only !== undefined && only !== 'trace' && only !== 'report') throw new Error(`ONLY must be 'trace' or 'report', not ${only}`)
if (only !== 'report') await runCase(traceCase())
if (only !== 'trace') await runCase(reportCase())
console.log(`\nAt the end: ${machine()}`)
process.exit(0)
