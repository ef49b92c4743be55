/**
 * @module
 * Frames a broken or hostile client sends to the collaboration endpoint, drawn from a seeded random
 * source so a failure can be replayed: noise, messages cut short, over the size limit, text frames,
 * unknown types, and messages the protocol knows but out of its order: sync step 2 and updates
 * before step 1, presence for other people's client ids or for thousands of ids, and updates whose
 * dependencies never arrive. Each says whether the server should accept it or close the socket.
 */
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { MessageType } from '../../../shared/collab/messages.js'
import { appendParagraph } from '../../helpers/reportEdits.js'
import type { Random } from './random.js'

export interface HostileFrame {
  kind: string
  data: Uint8Array | string
  /** False when the server must close the socket for it (4400, or 1009 when too big). */
  acceptable: boolean
}

export interface FrameContext {
  random: Random
  maxMessageBytes: number
  /** Presence ids of other people's clients, which the server must not let this socket change. */
  othersClientIds: number[]
  /** This socket's own presence id. */
  ownClientId: number
}

export function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, syncType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

export function awarenessMessage(entries: Array<{ client: number; clock: number; state: unknown }>): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(update, client)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, JSON.stringify(state))
  }
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
  return encoding.toUint8Array(encoder)
}

export function randomClientId(random: Random): number {
  return random.integer(1, 2 ** 31)
}

function randomBytes(random: Random, length: number): Uint8Array {
  return Uint8Array.from({ length }, () => random.integer(0, 255))
}

/** A paragraph typed by a client of its own, as a complete update. */
export function paragraphUpdate(random: Random, text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = randomClientId(random)
  appendParagraph(doc, text)
  return Y.encodeStateAsUpdate(doc)
}

/**
 * Two updates of one client, the second continuing the first: sent alone, the second waits in the
 * server's document for a first that may never come.
 */
export function dependentUpdates(random: Random, length: number): { dependency: Uint8Array; dependent: Uint8Array; doc: Y.Doc } {
  const doc = new Y.Doc()
  doc.clientID = randomClientId(random)
  const text = doc.getText('hostile')
  text.insert(0, 'first')
  const dependency = Y.encodeStateAsUpdate(doc)
  const before = Y.encodeStateVector(doc)
  text.insert(text.length, 'x'.repeat(length))
  return { dependency, dependent: Y.encodeStateAsUpdate(doc, before), doc }
}

/** An update that only deletes text the server has never seen, which Yjs keeps as pending deletes. */
export function danglingDeleteUpdate(random: Random): Uint8Array {
  const doc = new Y.Doc()
  doc.clientID = randomClientId(random)
  const text = doc.getText('hostile')
  text.insert(0, 'never sent')
  const before = Y.encodeStateVector(doc)
  text.delete(0, text.length)
  return Y.encodeStateAsUpdate(doc, before)
}

/** Presence for `count` distinct new client ids, each only a clock: a ~12-byte entry the server would remember. */
export function presenceFlood(random: Random, count: number): Uint8Array {
  const first = randomClientId(random)
  return awarenessMessage(Array.from({ length: count }, (_, index) => ({ client: first + index, clock: 1, state: null })))
}

type Maker = [weight: number, make: (context: FrameContext) => Pick<HostileFrame, 'kind' | 'data'>]

/** Frames the server must close the socket for. */
const refusedMakers: Maker[] = [
  [3, ({ random }) => ({ kind: 'noise', data: randomBytes(random, random.integer(1, 2048)) })],
  [1, () => ({ kind: 'empty', data: new Uint8Array(0) })],
  [2, ({ random }) => ({ kind: 'unknown type', data: Uint8Array.of(random.integer(4, 99), ...randomBytes(random, 16)) })],
  [1, ({ random }) => ({ kind: 'text', data: `{"type":"sync","n":${random.integer(0, 1e6)}}` })],
  [2, ({ random }) => {
    const whole = syncMessage(syncProtocol.messageYjsUpdate, paragraphUpdate(random, 'cut short'))
    return { kind: 'truncated', data: whole.subarray(0, random.integer(1, whole.byteLength - 1)) }
  }],
  [1, ({ random, maxMessageBytes }) => {
    const data = new Uint8Array(maxMessageBytes + random.integer(1, 4096))
    data.set([MessageType.Sync, syncProtocol.messageYjsUpdate])
    return { kind: 'oversized', data }
  }],
  [2, ({ random, maxMessageBytes }) => ({ kind: 'presence flood', data: presenceFlood(random, Math.floor(maxMessageBytes / 16)) })],
]

/** Frames out of the protocol's order, or not the sender's to send, that the server takes (or ignores) and stays open. */
const acceptedMakers: Maker[] = [
  [4, ({ random }) => ({ kind: 'step 2 before step 1', data: syncMessage(syncProtocol.messageYjsSyncStep2, paragraphUpdate(random, 'out of order')) })],
  [4, ({ random }) => ({ kind: 'missing dependency', data: syncMessage(syncProtocol.messageYjsUpdate, dependentUpdates(random, random.integer(1, 4096)).dependent) })],
  [2, ({ random }) => ({ kind: 'dangling delete', data: syncMessage(syncProtocol.messageYjsUpdate, danglingDeleteUpdate(random)) })],
  [2, () => ({ kind: 'state request', data: syncMessage(syncProtocol.messageYjsSyncStep1, Y.encodeStateVector(new Y.Doc())) })],
  [1, () => ({ kind: 'presence query', data: Uint8Array.of(MessageType.QueryAwareness) })],
  [2, ({ random, othersClientIds }) => {
    const state = random.chance(0.5) ? null : { user: { name: 'Someone else' } }
    return { kind: "another person's presence", data: awarenessMessage([{ client: random.pick(othersClientIds), clock: random.integer(1, 1e6), state }]) }
  }],
  [2, ({ random, ownClientId }) => {
    const data = awarenessMessage([{ client: ownClientId, clock: random.integer(1, 1e6), state: { user: { name: 'Hostile' } } }])
    return { kind: 'own presence', data }
  }],
]

function draw(makers: Maker[], context: FrameContext): Pick<HostileFrame, 'kind' | 'data'> {
  let ticket = context.random.integer(1, makers.reduce((sum, [weight]) => sum + weight, 0))
  for (const [weight, make] of makers) {
    ticket -= weight
    if (ticket <= 0) return make(context)
  }
  throw new Error('unreachable: the weights add up to the total')
}

/** A frame of any kind, or only of those the server accepts, or only of those it refuses. */
export function hostileFrame(context: FrameContext, from: 'any' | 'accepted' | 'refused' = 'any'): HostileFrame {
  const refused = from === 'refused' || (from === 'any' && context.random.chance(0.4))
  return { ...draw(refused ? refusedMakers : acceptedMakers, context), acceptable: !refused }
}
