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
    Y.decodeStateVector(stateVector)
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    syncProtocol.writeSyncStep2(encoder, doc, stateVector)
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

/** Reads the client ids of an awareness update, checking its framing and JSON before it is applied. */
export function readAwarenessClients(update: Uint8Array): number[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const clients: number[] = []
  for (let index = 0; index < count; index++) {
    clients.push(decoding.readVarUint(decoder))
    decoding.readVarUint(decoder)
    JSON.parse(decoding.readVarString(decoder))
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('awareness update has trailing bytes')
  return clients
}

function handleAwareness(context: MessageContext, decoder: decoding.Decoder): Uint8Array | null {
  const update = decoding.readVarUint8Array(decoder)
  // Checked whole first: applying stops at the first bad entry, after applying the ones before it.
  readAwarenessClients(update)
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
