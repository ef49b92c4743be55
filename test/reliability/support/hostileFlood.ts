/**
 * @module
 * Several hostile clients at once. Each lane opens socket after socket, and sends each a burst of
 * frames without waiting for answers: every other socket a random mix (the server closes it at the
 * first frame it refuses and ignores the rest), the others frames the server takes, ending with one
 * it refuses, so that every frame of the burst is handled. Returns what was sent and how each socket
 * was closed, without the bytes, which the report must not keep alive.
 */
import { openRawSocket, roundTrip } from '../../helpers/rawSocket.js'
import { hostileFrame, randomClientId, type HostileFrame } from './hostileFrames.js'
import { Random } from './random.js'

export interface FloodOptions {
  url: string
  seed: number
  lanes: number
  socketsPerLane: number
  framesPerSocket: number
  maxMessageBytes: number
  othersClientIds: () => number[]
}

export type SentFrame = Pick<HostileFrame, 'kind' | 'acceptable'>

export interface SocketOutcome {
  frames: SentFrame[]
  /** The server's close code, or 1000 when this client closed the socket after its burst. */
  code: number
}

export interface FloodReport {
  frames: number
  outcomes: SocketOutcome[]
  kinds: Map<string, number>
}

async function runSocket(options: FloodOptions, random: Random, mixed: boolean): Promise<SocketOutcome> {
  const { socket, closed } = await openRawSocket(options.url)
  const frames: SentFrame[] = []
  const context = { random, maxMessageBytes: options.maxMessageBytes, othersClientIds: options.othersClientIds(), ownClientId: randomClientId(random) }
  for (let index = 0; index < options.framesPerSocket; index++) {
    const last = index === options.framesPerSocket - 1
    const frame = hostileFrame(context, mixed ? 'any' : last ? 'refused' : 'accepted')
    frames.push({ kind: frame.kind, acceptable: frame.acceptable })
    socket.send(frame.data)
  }
  if (frames.every((frame) => frame.acceptable)) {
    await roundTrip(socket)
    socket.close(1000)
  }
  const { code } = await closed
  return { frames, code }
}

async function runLane(options: FloodOptions, lane: number, report: FloodReport): Promise<void> {
  const random = new Random(options.seed + lane)
  for (let round = 0; round < options.socketsPerLane; round++) {
    const outcome = await runSocket(options, random, round % 2 === 0)
    report.outcomes.push(outcome)
    report.frames += outcome.frames.length
    for (const { kind } of outcome.frames) report.kinds.set(kind, (report.kinds.get(kind) ?? 0) + 1)
  }
}

export async function flood(options: FloodOptions): Promise<FloodReport> {
  const report: FloodReport = { frames: 0, outcomes: [], kinds: new Map() }
  await Promise.all(Array.from({ length: options.lanes }, (_, lane) => runLane(options, lane, report)))
  return report
}
