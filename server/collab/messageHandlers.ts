/**
 * @module
 * The y-websocket protocol as the server speaks it: one handler per message type. A handler throws
 * `ProtocolError` (or any decoding error) for a message it cannot accept; the connection then closes
 * that one socket.
 */
import * as Y from 'yjs'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import { MessageType } from '../../shared/collab/messages.js'
import type { CollabDocument, DocumentPeer } from './collabDocument.js'
import type { CollabOptions } from './options.js'
import { receivePresence } from './presence.js'
import { ProtocolError } from './protocolError.js'

export interface MessageContext {
  document: CollabDocument
  peer: DocumentPeer
  readOnly: boolean
  options: CollabOptions
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

function handleQueryAwareness(context: MessageContext): Uint8Array | null {
  const clients = [...context.document.awareness.getStates().keys()]
  return clients.length > 0 ? context.document.awarenessMessage(clients) : null
}

const handlers: Partial<Record<number, Handler>> = {
  [MessageType.Sync]: handleSync,
  [MessageType.Awareness]: (context, decoder) => {
    const update = decoding.readVarUint8Array(decoder)
    if (decoding.hasContent(decoder)) throw new ProtocolError('presence message has trailing bytes')
    receivePresence(context, update)
    return null
  },
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
