/**
 * @module
 * Presence (awareness) messages and their rules: a socket changes only its own presence or the same
 * person's, introduces at most a few client ids, and the clocks of clients that have left are
 * forgotten in time. Each message is decoded once, checked whole, filtered, then applied.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { applyAwarenessUpdate, type Awareness } from 'y-protocols/awareness'
import type { DocumentPeer } from './collabDocument.js'
import type { MessageContext } from './messageHandlers.js'
import { DEFAULT_COLLAB_OPTIONS } from './options.js'
import { ProtocolError } from './protocolError.js'

/** One entry of an awareness update; `state` is left as the JSON text the client sent. */
interface PresenceEntry {
  client: number
  clock: number
  state: string
}

/**
 * Reads the entries of an awareness update, checking its framing and each state's JSON before any is
 * applied (applying stops at the first bad entry, after applying the ones before it). More than
 * `maxEntries` is refused unread.
 */
function readPresenceEntries(update: Uint8Array, maxEntries: number): PresenceEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  if (count > maxEntries) throw new ProtocolError(`presence for ${count} client ids in one message`)
  const entries: PresenceEntry[] = []
  for (let index = 0; index < count; index++) {
    const entry = { client: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) }
    JSON.parse(entry.state)
    entries.push(entry)
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('presence message has trailing bytes')
  return entries
}

function encodePresenceEntries(entries: PresenceEntry[]): Uint8Array {
  return encoding.encode((encoder) => {
    encoding.writeVarUint(encoder, entries.length)
    for (const { client, clock, state } of entries) {
      encoding.writeVarUint(encoder, client)
      encoding.writeVarUint(encoder, clock)
      encoding.writeVarString(encoder, state)
    }
  })
}

/**
 * Applies the entries of a presence update its socket may send: its own states, and the same
 * person's (a client that reconnects takes over its id before the server notices that its old
 * socket is gone). Another person's entries are dropped, as are removals of presence that nobody
 * here owns: clients echo every change they see, and an echo of a removal would otherwise make
 * y-protocols remember the id for good. A socket that introduces too many states is refused.
 */
export function receivePresence({ document, peer: sender, options }: MessageContext, update: Uint8Array): void {
  const { awareness } = document
  const limit = options.maxAwarenessClientsPerSocket
  const entries = readPresenceEntries(update, options.maxClientsPerDocument * limit)
  const kept: PresenceEntry[] = []
  const claims: Array<{ client: number; owner: DocumentPeer | undefined }> = []
  for (const entry of entries) {
    const owner = findOwner(document.peers, sender, entry.client)
    if (owner && !sender.isSamePerson(owner)) continue
    const removal = entry.state.trim() === 'null'
    if (removal && !owner && !sender.awarenessClients.has(entry.client)) continue
    kept.push(entry)
    if (!removal && entry.clock > (awareness.meta.get(entry.client)?.clock ?? 0)) claims.push({ client: entry.client, owner })
  }
  const introduced = new Set([...sender.awarenessClients, ...claims.map(({ client }) => client)])
  if (introduced.size > limit) throw new ProtocolError(`presence for more than ${limit} client ids`)
  if (kept.length === 0) return
  applyAwarenessUpdate(awareness, kept.length === entries.length ? update : encodePresenceEntries(kept), sender)
  // Owned from now on by this socket, and removed when it closes, even when y-protocols counts the state as updated rather than added.
  for (const { client, owner } of claims) {
    owner?.awarenessClients.delete(client)
    sender.awarenessClients.add(client)
  }
}

/** The other socket whose client introduced this presence id, if any. */
function findOwner(peers: Set<DocumentPeer>, sender: DocumentPeer, client: number): DocumentPeer | undefined {
  for (const peer of peers) if (peer !== sender && peer.awarenessClients.has(client)) return peer
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
