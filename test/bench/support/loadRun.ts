/**
 * @module
 * One timed run of steady typing against one server: stock y-websocket providers in two worker
 * processes (`loadClient.ts`; each document's clients split between them, so peers are in both), each
 * inserting at random positions at a human rate. Returns the edit-to-peer latencies, the server's CPU
 * time and memory in the window, and how many stamps reached their peers.
 */
import { fork, type ChildProcess } from 'node:child_process'
import { setPriority } from 'node:os'
import { fileURLToPath } from 'node:url'
import { REPOSITORY_ROOT } from '../../support/serverProcess.js'
import type { Room, ServerUnderTest } from './benchServers.js'
import { cpuMsOfProcess, cpuTimesOfProcess } from './cpuTime.js'
import { wallClock, type ParentMessage, type WorkerMessage, type WorkerReport } from './loadProtocol.js'
import { readStatusKb, sleep, track, waitForExit } from './processes.js'

const WORKERS = 2
const WORKER_NICENESS = 10
/** After the last insert, time for the stragglers to arrive before the workers report. */
export const DRAIN_MS = 3_000
/** Between the start message and the first insert, so that every worker has it. */
const LEAD_MS = 500
const RSS_SAMPLE_MS = 200

export interface LoadShape {
  rooms: Room[]
  /** Clients per document. */
  clients: number
  /** Inserts per second per client. */
  rate: number
  seconds: number
  /** False: plain typing, without timing stamps (no latencies then). */
  stamps?: boolean
}

export interface RunResult {
  label: string
  latencies: number[]
  sent: number
  expected: number
  received: number
  disconnected: number
  serverCpuMs: number
  /** The server's CPU split: its own code, and the kernel on its behalf (sockets, files, fsync). */
  serverUserMs: number
  serverSystemMs: number
  windowMs: number
  peakSampledRssKb: number
  hwmKb: number
  workerCpuMs: number
}

interface Worker {
  child: ChildProcess
  next(type: WorkerMessage['type']): Promise<WorkerMessage>
  send(message: ParentMessage): void
}

function startWorker(): Worker {
  const script = fileURLToPath(new URL('loadClient.ts', import.meta.url))
  const child = track(fork(script, [], { cwd: REPOSITORY_ROOT, execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }))
  // In service the clients are other people's machines; here they share two cores with the server, so
  // they yield to it rather than starve the server they measure. Both servers get the same.
  if (child.pid !== undefined) setPriority(child.pid, WORKER_NICENESS)
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

function clientsOfWorker(total: number, worker: number): number {
  return Math.floor(total / WORKERS) + (worker < total % WORKERS ? 1 : 0)
}

export async function runLoad(server: ServerUnderTest, shape: LoadShape): Promise<RunResult> {
  const workers = Array.from({ length: WORKERS }, () => startWorker())
  try {
    workers.forEach((worker, index) => {
      const rooms = shape.rooms.map((room) => ({ name: room.name, clients: clientsOfWorker(shape.clients, index) }))
      worker.send({ type: 'setup', collabUrl: server.collabUrl, token: server.token, rooms: rooms.filter((room) => room.clients > 0), rate: shape.rate, stamps: shape.stamps })
    })
    await Promise.all(workers.map((worker) => worker.next('ready')))
    const workerCpuBefore = workers.map((worker) => cpuMsOfProcess(worker.child.pid) ?? 0)

    const startAt = wallClock() + LEAD_MS
    const endAt = startAt + shape.seconds * 1000
    const reportAt = endAt + DRAIN_MS
    for (const worker of workers) worker.send({ type: 'start', startAt, endAt, reportAt })
    await sleep(Math.max(0, startAt - wallClock()))
    const cpuBefore = cpuTimesOfProcess(server.pid)
    const windowStartedAt = wallClock()
    let peakSampledRssKb = 0
    const sampler = setInterval(() => {
      peakSampledRssKb = Math.max(peakSampledRssKb, readStatusKb(server.pid, 'VmRSS') ?? 0)
    }, RSS_SAMPLE_MS)
    const reportsPromise = Promise.all(workers.map((worker) => worker.next('report') as Promise<WorkerReport>))
    await sleep(Math.max(0, reportAt - wallClock()))
    const cpuAfter = cpuTimesOfProcess(server.pid)
    const serverUserMs = cpuBefore && cpuAfter ? cpuAfter.userMs - cpuBefore.userMs : Number.NaN
    const serverSystemMs = cpuBefore && cpuAfter ? cpuAfter.systemMs - cpuBefore.systemMs : Number.NaN
    const serverCpuMs = serverUserMs + serverSystemMs
    const windowMs = wallClock() - windowStartedAt
    clearInterval(sampler)
    peakSampledRssKb = Math.max(peakSampledRssKb, readStatusKb(server.pid, 'VmRSS') ?? 0)
    const hwmKb = readStatusKb(server.pid, 'VmHWM') ?? Number.NaN
    const workerCpuMs = workers.reduce((sum, worker, index) => sum + (cpuMsOfProcess(worker.child.pid) ?? 0) - workerCpuBefore[index], 0)
    const reports = await reportsPromise

    let sent = 0
    let expected = 0
    let received = 0
    for (const room of shape.rooms) {
      const sentInRoom = reports.reduce((sum, report) => sum + (report.sentByRoom[room.name] ?? 0), 0)
      sent += sentInRoom
      expected += sentInRoom * (shape.clients - 1)
      received += reports.reduce((sum, report) => sum + (report.receivedByRoom[room.name] ?? 0), 0)
    }
    return {
      label: server.label,
      latencies: reports.flatMap((report) => report.latencies),
      sent,
      expected,
      received,
      disconnected: reports.reduce((sum, report) => sum + report.disconnected, 0),
      serverCpuMs,
      serverUserMs,
      serverSystemMs,
      windowMs,
      peakSampledRssKb,
      hwmKb,
      workerCpuMs,
    }
  } finally {
    for (const worker of workers) {
      if (worker.child.connected) worker.send({ type: 'stop' })
    }
    await Promise.all(workers.map((worker) => waitForExit(worker.child, 5_000)))
  }
}

/** Share of the expected stamps that reached their peers, 0 to 1. */
export const deliveredShare = (run: RunResult) => run.received / Math.max(1, run.expected)

/** Runs of one server taken as one: latencies and counts together, CPU over the windows added up, peak memory. */
export function poolRuns(runs: RunResult[]): RunResult {
  const sum = (figure: (run: RunResult) => number) => runs.reduce((total, run) => total + figure(run), 0)
  return {
    label: runs[0]?.label ?? '',
    latencies: runs.flatMap((run) => run.latencies),
    sent: sum((run) => run.sent),
    expected: sum((run) => run.expected),
    received: sum((run) => run.received),
    disconnected: sum((run) => run.disconnected),
    serverCpuMs: sum((run) => run.serverCpuMs),
    serverUserMs: sum((run) => run.serverUserMs),
    serverSystemMs: sum((run) => run.serverSystemMs),
    windowMs: sum((run) => run.windowMs),
    peakSampledRssKb: Math.max(...runs.map((run) => run.peakSampledRssKb)),
    hwmKb: Math.max(...runs.map((run) => run.hwmKb)),
    workerCpuMs: sum((run) => run.workerCpuMs),
  }
}
