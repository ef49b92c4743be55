/**
 * @module
 * Many documents, many clients, steady typing: the same load against our server (as `npm start` runs
 * it, with sign-in, permissions and persistence) and against the reference `@y/websocket-server`, each
 * a child process, with the clients (stock y-websocket providers) in two worker processes of their own.
 *
 * Default: one load (DOCS 20 x CLIENTS 10 x RATE 5 inserts/s for SECONDS 30), ROUNDS (2) times per
 * server, the servers side by side taking turns; prints edit-to-peer latency, server CPU (user and
 * system) and memory for each server over its rounds, and the ratio ours/reference.
 * `MODE=step`: raises the number of documents (CLIENTS each) step by step, SECONDS (default 10) a step,
 * until the p99 passes 100 ms (twice running) or stamps go missing, and prints each server's capacity;
 * both servers run side by side and take each step in turn.
 * Run: `npx tsx test/bench/load.ts`, `DOCS=5 CLIENTS=5 SECONDS=10 npx tsx test/bench/load.ts`,
 * `MODE=step npx tsx test/bench/load.ts`.
 */
import { cpus, loadavg } from 'node:os'
import { roomsFor, startOurs, startReference, type Room, type ServerUnderTest } from './support/benchServers.js'
import { DRAIN_MS, deliveredShare, poolRuns, runLoad, type LoadShape, type RunResult } from './support/loadRun.js'
import { giveUpAfter, sleep } from './support/processes.js'
import { formatCount, printColumns, summarize } from './support/statistics.js'

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`)
  return value
}

const STEP_MODE = process.env.MODE === 'step'
if (process.env.MODE !== undefined && process.env.MODE !== 'step') throw new Error(`MODE must be 'step' or unset, not ${process.env.MODE}`)
const DOCS = Math.floor(positiveNumber('DOCS', 20))
const CLIENTS = Math.floor(positiveNumber('CLIENTS', 10))
const RATE = positiveNumber('RATE', 5)
const SECONDS = positiveNumber('SECONDS', STEP_MODE ? 10 : 30)
/** Rounds of the default load per server (SECONDS each), the two servers taking turns. */
const ROUNDS = Math.floor(positiveNumber('ROUNDS', 2))
/** Documents at each step of step mode; CLIENTS clients each. */
const STEP_DOCS = [10, 20, 30, 40, 60, 80, 100, 130, 160, 200]
const P99_LIMIT_MS = 100
/** A step also fails when fewer stamps than this arrive. */
const MIN_DELIVERED = 0.999

const ms = (value: number) => `${value.toFixed(1)} ms`
const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`
const pct = (value: number) => `${value.toFixed(1)} %`
const cpuShare = (run: RunResult) => (100 * run.serverCpuMs) / run.windowMs
const machine = () => `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`

function printComparison(shape: LoadShape, ours: RunResult, reference: RunResult): void {
  const rows: Array<[string, (run: RunResult) => number, (value: number) => string]> = [
    ['edit-to-peer latency, median', (run) => summarize(run.latencies).median, ms],
    ['edit-to-peer latency, p95', (run) => summarize(run.latencies).p95, ms],
    ['edit-to-peer latency, p99', (run) => summarize(run.latencies).p99, ms],
    ['edit-to-peer latency, max', (run) => summarize(run.latencies).max, ms],
    ['server CPU in the window', (run) => run.serverCpuMs, ms],
    ['server CPU, % of one core', cpuShare, pct],
    ['  of which user (JavaScript)', (run) => run.serverUserMs, ms],
    ['  of which system (kernel)', (run) => run.serverSystemMs, ms],
    ['server peak RSS (sampled VmRSS)', (run) => run.peakSampledRssKb, mb],
    ['server peak RSS (VmHWM, whole life)', (run) => run.hwmKb, mb],
    ['client workers CPU, % of one core', (run) => (100 * run.workerCpuMs) / run.windowMs, pct],
    ['stamps delivered to peers', (run) => 100 * deliveredShare(run), (value) => `${value.toFixed(2)} %`],
  ]
  printColumns(
    `Load: ${shape.rooms.length} documents x ${shape.clients} clients, ${shape.rate} inserts/s each, ${shape.seconds} s (+${DRAIN_MS / 1000} s drain in the window)`,
    ['figure', 'ours', 'reference', 'ours/ref'],
    rows.map(([label, figure, format]) => {
      const a = figure(ours)
      const b = figure(reference)
      return [label, format(a), format(b), b > 0 ? `${(a / b).toFixed(2)}x` : '-']
    }),
  )
  for (const run of [ours, reference]) {
    console.log(`${run.label}: ${formatCount(run.sent)} inserts sent, ${formatCount(run.received)} of ${formatCount(run.expected)} stamps delivered to peers, ${run.disconnected} providers disconnected at the end`)
  }
}

/**
 * Both servers run side by side and take turns, round by round, each round on documents of its own,
 * the order swapped every round; each server's rounds are pooled. Both meet the same moments of a
 * shared machine, which a single run of each, one after the other, does not give them.
 */
async function compareInRounds(): Promise<void> {
  const rooms = roomsFor(DOCS * ROUNDS)
  const seconds = SECONDS
  console.log(`${DOCS} documents x ${CLIENTS} clients (${DOCS * CLIENTS} providers in 2 worker processes), ${RATE} inserts/s per client, ${ROUNDS} rounds of ${seconds} s per server, taken in turn`)
  const servers = [await startOurs(rooms), await startReference()]
  const runs = new Map<ServerUnderTest, RunResult[]>(servers.map((server) => [server, []]))
  try {
    for (let round = 0; round < ROUNDS; round++) {
      const shape: LoadShape = { rooms: rooms.slice(round * DOCS, (round + 1) * DOCS), clients: CLIENTS, rate: RATE, seconds }
      const order = round % 2 === 0 ? servers : [...servers].reverse()
      for (const server of order) {
        const run = await runLoad(server, shape)
        if (run.latencies.length === 0) throw new Error(`no edit reached a peer on ${run.label}`)
        const { p99 } = summarize(run.latencies)
        console.log(`  round ${round + 1}, ${server.label}: p99 ${ms(p99)}, server CPU ${pct(cpuShare(run))}`)
        runs.get(server)?.push(run)
        await sleep(1_000)
      }
    }
  } finally {
    for (const server of servers) await server.stop()
  }
  const [ours, reference] = servers.map((server) => poolRuns(runs.get(server) ?? []))
  printComparison({ rooms: rooms.slice(0, DOCS), clients: CLIENTS, rate: RATE, seconds: SECONDS * ROUNDS }, ours, reference)
}

interface Step {
  docs: number
  run: RunResult
  passed: boolean
}

function passes(run: RunResult): boolean {
  return run.latencies.length > 0 && summarize(run.latencies).p99 <= P99_LIMIT_MS && deliveredShare(run) >= MIN_DELIVERED
}

/** One step on one server; a step that fails is run once more, so that one passing spike on this shared machine does not end the climb. */
async function runStep(server: ServerUnderTest, rooms: Room[], docs: number): Promise<Step> {
  const shape = { rooms: rooms.slice(0, docs), clients: CLIENTS, rate: RATE, seconds: SECONDS }
  let run = await runLoad(server, shape)
  if (!passes(run)) run = await runLoad(server, shape)
  const passed = passes(run)
  const p99 = run.latencies.length > 0 ? ms(summarize(run.latencies).p99) : 'no samples'
  console.log(`  ${server.label}: ${docs * CLIENTS} clients, p99 ${p99}, ${pct(100 * deliveredShare(run))} delivered, server CPU ${pct(cpuShare(run))}${passed ? '' : '  <- past the limit (twice)'}`)
  return { docs, run, passed }
}

/** Both servers run side by side and take each step in turn, so that both meet the same machine. */
async function stepMode(): Promise<void> {
  const rooms = roomsFor(STEP_DOCS.at(-1) ?? DOCS)
  console.log(`Step mode: ${CLIENTS} clients a document at ${RATE} inserts/s, ${SECONDS} s a step; documents ${STEP_DOCS.join(', ')} until p99 > ${P99_LIMIT_MS} ms or under ${100 * MIN_DELIVERED} % delivered`)
  const servers = [await startOurs(rooms), await startReference()]
  const results = servers.map((server) => ({ server, steps: [] as Step[], climbing: true }))
  try {
    for (const docs of STEP_DOCS) {
      for (const result of results.filter((candidate) => candidate.climbing)) {
        const step = await runStep(result.server, rooms, docs)
        result.steps.push(step)
        result.climbing = step.passed
      }
      if (results.every((result) => !result.climbing)) break
    }
  } finally {
    for (const server of servers) await server.stop()
  }
  const cell = (step: Step | undefined, figure: (run: RunResult) => string) => (step ? figure(step.run) : '-')
  const median = (run: RunResult) => (run.latencies.length > 0 ? ms(summarize(run.latencies).median) : '-')
  const p99 = (run: RunResult) => (run.latencies.length > 0 ? ms(summarize(run.latencies).p99) : '-')
  printColumns(
    `Steps: ${CLIENTS} clients a document, ${RATE} inserts/s each, ${SECONDS} s a step`,
    ['documents', 'clients', 'inserts/s', 'ours p50', 'ours p99', 'ours CPU', 'ref p50', 'ref p99', 'ref CPU'],
    STEP_DOCS.filter((docs) => results.some((result) => result.steps.some((step) => step.docs === docs))).map((docs) => {
      const [ours, reference] = results.map((result) => result.steps.find((step) => step.docs === docs))
      return [String(docs), formatCount(docs * CLIENTS), formatCount(docs * CLIENTS * RATE), cell(ours, median), cell(ours, p99), cell(ours, (run) => pct(cpuShare(run))), cell(reference, median), cell(reference, p99), cell(reference, (run) => pct(cpuShare(run)))]
    }),
  )
  for (const { server, steps } of results) {
    const last = steps.filter((step) => step.passed).at(-1)
    const limitNote = steps.every((step) => step.passed) ? ` (every step passed; the largest step is ${formatCount((STEP_DOCS.at(-1) ?? 0) * CLIENTS)} clients)` : ''
    console.log(
      last
        ? `Capacity of ${server.label} at p99 <= ${P99_LIMIT_MS} ms: ${formatCount(last.docs * CLIENTS)} clients on ${last.docs} documents, ${formatCount(last.docs * CLIENTS * RATE)} inserts/s${limitNote}`
        : `Capacity of ${server.label}: below the first step (${formatCount(STEP_DOCS[0] * CLIENTS)} clients)`,
    )
  }
}

giveUpAfter('load.ts', (STEP_MODE ? STEP_DOCS.length * 4 * (SECONDS + 60) + 300 : (SECONDS + 60) * 2 * ROUNDS + 300) * 1000)
console.log(machine())
await (STEP_MODE ? stepMode() : compareInRounds())
console.log(`At the end: ${machine()}`)
process.exit(0)
