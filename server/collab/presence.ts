/**
 * @module
 * Presence (awareness) rules: a socket changes only its own presence or the same person's, introduces
 * at most a few client ids, and the clocks of clients that have left are forgotten in time.
 */
import * as decoding from 'lib0/decoding'
import type { Awareness } from 'y-protocols/awareness'
import type { DocumentPeer } from './collabDocument.js'
import {
  handleMessage,
  ProtocolError,
  readPresenceEntries,
  writePresenceMessage,
  type MessageContext,
  type PresenceEntry,
} from './messageHandlers.js'
import { DEFAULT_COLLAB_OPTIONS, type CollabOptions } from './options.js'

/** A socket that sends presence; it may take over the states of the same person's other sockets. */
export interface PresenceSender extends DocumentPeer {
  isSamePerson(peer: DocumentPeer): boolean
}

export interface PresenceContext extends MessageContext {
  peer: PresenceSender
}

function readPresenceMessage(message: Uint8Array, maxEntries: number): PresenceEntry[] {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  const entries = readPresenceEntries(decoding.readVarUint8Array(decoder), maxEntries)
  if (decoding.hasContent(decoder)) throw new ProtocolError('presence message has trailing bytes')
  return entries
}

/**
 * Applies the entries of a presence message its socket may send: its own states, and the same
 * person's (a client that reconnects takes over its id before the server notices that its old
 * socket is gone). Another person's entries are dropped, as are removals of presence that nobody
 * here owns: clients echo every change they see, and an echo of a removal would otherwise make
 * y-protocols remember the id for good. A socket that introduces too many states is refused.
 */
export function receivePresence(context: PresenceContext, message: Uint8Array, options: CollabOptions): void {
  const { awareness } = context.document
  const sender = context.peer
  const limit = options.maxAwarenessClientsPerSocket
  const entries = readPresenceMessage(message, options.maxClientsPerDocument * limit)
  const kept: PresenceEntry[] = []
  const claims: Array<{ client: number; owner: DocumentPeer | undefined }> = []
  for (const entry of entries) {
    const owner = findOwner(context, entry.client)
    if (owner && !sender.isSamePerson(owner)) continue
    const removal = entry.state.trim() === 'null'
    if (removal && !owner && !sender.awarenessClients.has(entry.client)) continue
    kept.push(entry)
    if (!removal && entry.clock > (awareness.meta.get(entry.client)?.clock ?? 0)) claims.push({ client: entry.client, owner })
  }
  const introduced = new Set([...sender.awarenessClients, ...claims.map(({ client }) => client)])
  if (introduced.size > limit) throw new ProtocolError(`presence for more than ${limit} client ids`)
  if (kept.length === 0) return
  handleMessage(context, kept.length === entries.length ? message : writePresenceMessage(kept))
  // Owned from now on by this socket, and removed when it closes, even when y-protocols counts the state as updated rather than added.
  for (const { client, owner } of claims) {
    owner?.awarenessClients.delete(client)
    sender.awarenessClients.add(client)
  }
}

/** The other socket whose client introduced this presence id, if any. */
function findOwner({ document, peer: sender }: PresenceContext, client: number): DocumentPeer | undefined {
  for (const peer of document.peers) if (peer !== sender && peer.awarenessClients.has(client)) return peer
  return undefined
}

/**
 * Forgets the clocks of clients whose presence has been gone long enough that no late copy will
 * come. y-protocols keeps them for ever, so that a late copy of an old state cannot bring a client
 * back; late copies (clients echo every change they see) arrive within moments, and the default
 * wait is y-protocols' own time for a state to go out of date.
 */
export function forgetDepartedPresence(awareness: Awareness, now = Date.now(), departedPresenceMs = DEFAULT_COLLAB_OPTIONS.departedPresenceMs): void {
  for (const [client, { lastUpdated }] of awareness.meta) {
    if (client !== awareness.clientID && !awareness.states.has(client) && now - lastUpdated > departedPresenceMs) awareness.meta.delete(client)
  }
}
