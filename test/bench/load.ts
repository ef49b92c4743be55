/**
 * @module
 * Many documents, many clients, steady typing: the same load against our server (a child process,
 * with sign-in, permissions and persistence) and against the reference `@y/websocket-server` (a child
 * process, in memory, no authentication), with the clients (stock y-websocket providers) in two worker
 * processes of their own. Prints edit-to-peer latency, server CPU and server memory for each, and the
 * ratio ours/reference. Run: `npx tsx test/bench/load.ts`; options by environment: DOCS (20), CLIENTS
 * per document (10), RATE inserts per second per client (5), SECONDS (30).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { ACCOUNTS, signIn } from '../support/accounts.js'
import { REPOSITORY_ROOT, spawnServerProcess } from '../support/serverProcess.js'
import { cpuMsOfProcess } from './support/cpuTime.js'
import { wallClock, type ParentMessage, type WorkerMessage, type WorkerReport } from './support/loadProtocol.js'
import { formatCount, summarize } from './support/statistics.js'
import { makeTempDir } from './support/tempDir.js'

function positiveNumber(name: string, fallback: number): number {
  const raw = process.env[name]
  if (raw === undefined || raw === '') return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not ${raw}`)
  return value
}

const DOCS = Math.floor(positiveNumber('DOCS', 20))
const CLIENTS = Math.floor(positiveNumber('CLIENTS', 10))
const RATE = positiveNumber('RATE', 5)
const SECONDS = positiveNumber('SECONDS', 30)
const WORKERS = 2
/** After the last insert, time for the stragglers to arrive before the workers report. */
const DRAIN_MS = 3_000
/** Between the start message and the first insert, so that every worker has it. */
const LEAD_MS = 500
const RSS_SAMPLE_MS = 200
const HARD_TIMEOUT_MS = (SECONDS + 180) * 1000

const ROOMS = Array.from({ length: DOCS }, (_, index) => ({ id: `load-${index + 1}`, name: `review.load-${index + 1}.report` }))

const children = new Set<ChildProcess>()
function track(child: ChildProcess): ChildProcess {
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}
process.once('exit', () => {
  for (const child of children) child.kill('SIGKILL')
})
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130))
setTimeout(() => {
  console.error(`load.ts: gave up after ${HARD_TIMEOUT_MS / 1000} s`)
  process.exit(1)
}, HARD_TIMEOUT_MS).unref()

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

function readStatusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number | null {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return match ? Number(match[1]) : null
  } catch {
    return null
  }
}

async function freePort(): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      const port = typeof address === 'object' && address ? address.port : 0
      probe.close(() => resolve(port))
    })
  })
}

interface ServerUnderTest {
  label: string
  pid: number
  collabUrl: string
  token: string
  stop(): Promise<void>
}

async function callApi(baseUrl: string, token: string, method: string, path: string, body: unknown): Promise<void> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
}

/** Ours, as a board runs it: the admin creates the reviews and makes the demo author their author. */
async function startOurs(): Promise<ServerUnderTest> {
  const server = await spawnServerProcess(makeTempDir('bench-load-data-'))
  if (server.child.pid === undefined) throw new Error('the server process has no pid')
  track(server.child)
  const admin = await signIn(server.url, ACCOUNTS.admin)
  for (const room of ROOMS) {
    await callApi(server.url, admin, 'POST', '/api/reviews', { id: room.id, title: `Load ${room.id}`, kind: 'serious-case-review' })
    await callApi(server.url, admin, 'POST', `/api/reviews/${room.id}/members`, { email: ACCOUNTS.author, role: 'author' })
  }
  const token = await signIn(server.url, ACCOUNTS.author)
  return {
    label: 'ours',
    pid: server.child.pid,
    collabUrl: server.collabUrl,
    token,
    stop: async () => {
      await server.stop()
    },
  }
}

/** The reference server's own start script, on a port picked here (it prints the port it was given). */
async function startReference(): Promise<ServerUnderTest> {
  const port = await freePort()
  const script = fileURLToPath(new URL('../../node_modules/@y/websocket-server/src/server.js', import.meta.url))
  const child = track(
    spawn(process.execPath, [script], {
      cwd: REPOSITORY_ROOT,
      env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
  )
  if (child.pid === undefined) throw new Error('the reference server process has no pid')
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`the reference server did not start:\n${output}`)), 30_000)
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      if (output.includes('running at')) {
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`the reference server exited (${code}) before it started:\n${output}`))
    })
  })
  return {
    label: 'reference',
    pid: child.pid,
    collabUrl: `ws://127.0.0.1:${port}`,
    token: 'unused',
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await exited
    },
  }
}

interface Worker {
  child: ChildProcess
  next(type: WorkerMessage['type']): Promise<WorkerMessage>
  send(message: ParentMessage): void
}

function startWorker(): Worker {
  const script = fileURLToPath(new URL('support/loadClient.ts', import.meta.url))
  const child = track(fork(script, [], { cwd: REPOSITORY_ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
  const inbox: WorkerMessage[] = []
  let wake: () => void = () => undefined
  child.on('message', (message: WorkerMessage) => {
    inbox.push(message)
    wake()
  })
  let gone = false
  child.once('exit', () => {
    gone = true
    wake()
  })
  return {
    child,
    send: (message) => child.send(message),
    async next(type) {
      for (;;) {
        const index = inbox.findIndex((message) => message.type === type || message.type === 'failed')
        if (index >= 0) {
          const [message] = inbox.splice(index, 1)
          if (message.type === 'failed') throw new Error(`a client worker failed: ${message.message}`)
          return message
        }
        if (gone) throw new Error(`a client worker exited before sending '${type}'`)
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
    },
  }
}

interface RunResult {
  label: string
  latencies: number[]
  sent: number
  expected: number
  received: number
  disconnected: number
  serverCpuMs: number
  windowMs: number
  peakSampledRssKb: number
  hwmKb: number
  workerCpuMs: number
}

async function runLoad(server: ServerUnderTest): Promise<RunResult> {
  const workers = Array.from({ length: WORKERS }, () => startWorker())
  try {
    // Each document's clients are split between the workers, so peers are in both processes.
    workers.forEach((worker, index) => {
      const rooms = ROOMS.map((room) => ({ name: room.name, clients: Math.floor(CLIENTS / WORKERS) + (index < CLIENTS % WORKERS ? 1 : 0) }))
      worker.send({ type: 'setup', collabUrl: server.collabUrl, token: server.token, rooms: rooms.filter((room) => room.clients > 0), rate: RATE })
    })
    await Promise.all(workers.map((worker) => worker.next('ready')))
    const workerCpuBefore = workers.map((worker) => cpuMsOfProcess(worker.child.pid) ?? 0)

    const startAt = wallClock() + LEAD_MS
    const endAt = startAt + SECONDS * 1000
    const reportAt = endAt + DRAIN_MS
    for (const worker of workers) worker.send({ type: 'start', startAt, endAt, reportAt })
    await sleep(Math.max(0, startAt - wallClock()))
    const cpuBefore = cpuMsOfProcess(server.pid) ?? Number.NaN
    const windowStartedAt = wallClock()
    let peakSampledRssKb = 0
    const sampler = setInterval(() => {
      peakSampledRssKb = Math.max(peakSampledRssKb, readStatusKb(server.pid, 'VmRSS') ?? 0)
    }, RSS_SAMPLE_MS)
    const reportsPromise = Promise.all(workers.map((worker) => worker.next('report') as Promise<WorkerReport>))
    await sleep(Math.max(0, reportAt - wallClock()))
    const serverCpuMs = (cpuMsOfProcess(server.pid) ?? Number.NaN) - cpuBefore
    const windowMs = wallClock() - windowStartedAt
    clearInterval(sampler)
    peakSampledRssKb = Math.max(peakSampledRssKb, readStatusKb(server.pid, 'VmRSS') ?? 0)
    const hwmKb = readStatusKb(server.pid, 'VmHWM') ?? Number.NaN
    const workerCpuMs = workers.reduce((sum, worker, index) => sum + (cpuMsOfProcess(worker.child.pid) ?? 0) - workerCpuBefore[index], 0)
    const reports = await reportsPromise

    const latencies = reports.flatMap((report) => report.latencies)
    let sent = 0
    let expected = 0
    let received = 0
    for (const room of ROOMS) {
      const sentInRoom = reports.reduce((sum, report) => sum + (report.sentByRoom[room.name] ?? 0), 0)
      sent += sentInRoom
      expected += sentInRoom * (CLIENTS - 1)
      received += reports.reduce((sum, report) => sum + (report.receivedByRoom[room.name] ?? 0), 0)
    }
    const disconnected = reports.reduce((sum, report) => sum + report.disconnected, 0)
    return { label: server.label, latencies, sent, expected, received, disconnected, serverCpuMs, windowMs, peakSampledRssKb, hwmKb, workerCpuMs }
  } finally {
    for (const worker of workers) {
      if (worker.child.connected) worker.send({ type: 'stop' })
    }
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.child.exitCode !== null || worker.child.signalCode !== null) return resolve()
            const timer = setTimeout(() => worker.child.kill('SIGKILL'), 5_000)
            worker.child.once('exit', () => {
              clearTimeout(timer)
              resolve()
            })
          }),
      ),
    )
  }
}

function printComparison(ours: RunResult, reference: RunResult): void {
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`
  const pct = (value: number) => `${value.toFixed(1)} %`
  const rows: Array<[string, (run: RunResult) => number, (value: number) => string]> = [
    ['edit-to-peer latency, median', (run) => summarize(run.latencies).median, ms],
    ['edit-to-peer latency, p95', (run) => summarize(run.latencies).p95, ms],
    ['edit-to-peer latency, p99', (run) => summarize(run.latencies).p99, ms],
    ['edit-to-peer latency, max', (run) => summarize(run.latencies).max, ms],
    ['server CPU in the window', (run) => run.serverCpuMs, ms],
    ['server CPU, % of one core', (run) => (100 * run.serverCpuMs) / run.windowMs, pct],
    ['server peak RSS (sampled VmRSS)', (run) => run.peakSampledRssKb, mb],
    ['server peak RSS (VmHWM, whole life)', (run) => run.hwmKb, mb],
    ['client workers CPU, % of one core', (run) => (100 * run.workerCpuMs) / run.windowMs, pct],
    ['stamps delivered to peers', (run) => (100 * run.received) / Math.max(1, run.expected), (value) => `${value.toFixed(2)} %`],
  ]
  const table = [
    ['figure', 'ours', 'reference', 'ours/ref'],
    ...rows.map(([label, figure, format]) => {
      const a = figure(ours)
      const b = figure(reference)
      return [label, format(a), format(b), b > 0 ? `${(a / b).toFixed(2)}x` : '-']
    }),
  ]
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)))
  const line = (row: string[]) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join(' | ')
  const rule = '-'.repeat(widths.reduce((sum, width) => sum + width + 3, -3))
  console.log(`\nLoad: ${DOCS} documents x ${CLIENTS} clients, ${RATE} inserts/s each, ${SECONDS} s (+${DRAIN_MS / 1000} s drain in the window)`)
  console.log(rule)
  console.log(line(table[0]))
  console.log(rule)
  for (const row of table.slice(1)) console.log(line(row))
  console.log(rule)
  for (const run of [ours, reference]) {
    console.log(`${run.label}: ${formatCount(run.sent)} inserts sent, ${formatCount(run.received)} of ${formatCount(run.expected)} stamps delivered to peers, ${run.disconnected} providers disconnected at the end`)
  }
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
  console.log(`${DOCS} documents x ${CLIENTS} clients (${DOCS * CLIENTS} providers in ${WORKERS} worker processes), ${RATE} inserts/s per client, ${SECONDS} s`)

  const results: RunResult[] = []
  for (const start of [startOurs, startReference]) {
    const server = await start()
    try {
      console.log(`Running against ${server.label} (pid ${server.pid})…`)
      const result = await runLoad(server)
      if (result.latencies.length === 0) throw new Error(`no edit reached a peer on ${server.label}`)
      results.push(result)
    } finally {
      await server.stop()
    }
    await sleep(1_000)
  }
  printComparison(results[0], results[1])
  console.log(`Load average after: ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
