/**
 * @module
 * The y-websocket protocol as the server speaks it: one handler per message type. A handler throws
 * `ProtocolError` (or any decoding error) for a message it cannot accept; the connection then closes
 * that one socket.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { MessageType } from '../../shared/collab/messages.js'
import type { CollabDocument, DocumentPeer } from './collabDocument.js'

export class ProtocolError extends Error {
  override name = 'ProtocolError'
}

export interface MessageContext {
  document: CollabDocument
  peer: DocumentPeer
  readOnly: boolean
}

type Handler = (context: MessageContext, decoder: decoding.Decoder) => Uint8Array | null

function handleSync(context: MessageContext, decoder: decoding.Decoder): Uint8Array | null {
  const { doc } = context.document
  const syncType = decoding.readVarUint(decoder)
  if (syncType === syncProtocol.messageYjsSyncStep1) {
    const stateVector = decoding.readVarUint8Array(decoder)
    const known = Y.decodeStateVector(stateVector)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    if (known.size > 0) {
      syncProtocol.writeSyncStep2(encoder, doc, stateVector)
    } else {
      encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2)
      encoding.writeVarUint8Array(encoder, context.document.encodeWholeState())
    }
    return encoding.toUint8Array(encoder)
  }
  if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
    const update = decoding.readVarUint8Array(decoder)
    // A read-only connection's changes are dropped: not applied, not stored, not relayed.
    if (context.readOnly) return null
    // Decode fully before applying, so a malformed update is refused whole rather than half applied.
    Y.decodeUpdate(update)
    Y.applyUpdate(doc, update, context.peer)
    return null
  }
  throw new ProtocolError(`unknown sync message type ${syncType}`)
}

/** One entry of an awareness update; `state` is left as the JSON text the client sent. */
export interface PresenceEntry {
  client: number
  clock: number
  state: string
}

/** Reads the entries of an awareness update, checking its framing; more than `maxEntries` is refused unread. */
export function readPresenceEntries(update: Uint8Array, maxEntries = Infinity): PresenceEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > maxEntries) throw new ProtocolError(`presence for ${count} client ids in one message`)
  const entries: PresenceEntry[] = []
  for (let index = 0; index < count; index++) {
    entries.push({ client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) })
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('presence message has trailing bytes')
  return entries
}

export function writePresenceMessage(entries: PresenceEntry[]): Uint8Array {
  const update = encoding.createEncoder()
  encoding.writeVarUint(update, entries.length)
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(update, client)
    encoding.writeVarUint(update, clock)
    encoding.writeVarString(update, state)
  }
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update))
  })
}

function handleAwareness(context: MessageContext, decoder: decoding.Decoder): Uint8Array | null {
  const update = decoding.readVarUint8Array(decoder)
  // Checked whole first: applying stops at the first bad entry, after applying the ones before it.
  for (const { state } of readPresenceEntries(update)) JSON.parse(state)
  awarenessProtocol.applyAwarenessUpdate(context.document.awareness, update, context.peer)
  return null
}

function handleQueryAwareness(context: MessageContext): Uint8Array | null {
  const clients = [...context.document.awareness.getStates().keys()]
  return clients.length > 0 ? context.document.awarenessMessage(clients) : null
}

const handlers: Partial<Record<number, Handler>> = {
  [MessageType.Sync]: handleSync,
  [MessageType.Awareness]: handleAwareness,
  [MessageType.QueryAwareness]: handleQueryAwareness,
}

/** Handles one message; returns the reply to send to its sender, if any. */
export function handleMessage(context: MessageContext, message: Uint8Array): Uint8Array | null {
  const decoder = decoding.createDecoder(message)
  const type = decoding.readVarUint(decoder)
  const handler = handlers[type]
  if (!handler) throw new ProtocolError(`unknown message type ${type}`)
  return handler(context, decoder)
}
