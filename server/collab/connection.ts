/**
 * @module
 * One client socket attached to one document: starts the sync, handles each message inside a
 * try/catch so a bad one closes only this socket, applies backpressure and answers pings. It also
 * bounds what one socket can make the server hold: presence states, updates waiting for changes
 * that never arrive, and output the client does not read.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocket, type RawData } from 'ws'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { MessageType } from '../../shared/collab/messages.js'
import { log } from '../log.js'
import type { CollabDocument, DocumentPeer } from './collabDocument.js'
import { handleMessage, ProtocolError, type MessageContext } from './messageHandlers.js'
import type { CollabOptions } from './options.js'

/** Presence states one socket may introduce; a real client has one, its document's client id. */
export const MAX_AWARENESS_CLIENTS_PER_SOCKET = 8
/**
 * How long the clock of a client that has left is kept: y-protocols keeps it for ever, so that a
 * late copy of an old state cannot bring the client back. Late copies (clients echo every change
 * they see) arrive within moments; this is y-protocols' own time for a state to go out of date.
 */
export const DEPARTED_PRESENCE_MS = 30_000
/**
 * What a document keeps of updates whose dependencies have not arrived (Yjs holds them in
 * `store.pendingStructs` and `store.pendingDs`, and merges each new one into them). A client sends
 * such an update only in the moment of a reconnect, before its sync step 2 catches up.
 */
export const MAX_PENDING_BYTES = 64 * 1024
export const MAX_PENDING_UPDATES = 32
/** How long a client dropped for not reading gets to read on to the close frame before it is cut off. */
export const SLOW_CONSUMER_GRACE_MS = 5_000

interface Waiting {
  updates: number
  senders: Set<Connection>
}

/** Per document: how many updates added to what waits since it was last empty, and from which sockets. */
const waitingByDocument = new WeakMap<CollabDocument, Waiting>()

interface PresenceEntry {
  client: number
  clock: number
  state: string
}

function readPresence(message: Uint8Array, maxEntries: number): PresenceEntry[] {
  const decoder = decoding.createDecoder(message)
  decoding.readVarUint(decoder)
  const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
  const count = decoding.readVarUint(update)
  if (count > maxEntries) throw new ProtocolError(`presence for ${count} client ids in one message`)
  const entries: PresenceEntry[] = []
  for (let index = 0; index < count; index++) {
    entries.push({ client: decoding.readVarUint(update), clock: decoding.readVarUint(update), state: decoding.readVarString(update) })
  }
  if (decoding.hasContent(update) || decoding.hasContent(decoder)) throw new ProtocolError('presence message has trailing bytes')
  return entries
}

function writePresence(entries: PresenceEntry[]): Uint8Array {
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

/** Forgets the clocks of clients whose presence has been gone long enough that no late copy will come. */
export function forgetDepartedPresence(awareness: awarenessProtocol.Awareness, now = Date.now()): void {
  for (const [client, { lastUpdated }] of awareness.meta) {
    if (client !== awareness.clientID && !awareness.states.has(client) && now - lastUpdated > DEPARTED_PRESENCE_MS) awareness.meta.delete(client)
  }
}

function pendingBytes(document: CollabDocument): number {
  const { pendingStructs, pendingDs } = document.doc.store
  return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0)
}

export interface ConnectionAccess {
  readOnly: boolean
  userId: string | null
  revalidate: ((active: boolean) => boolean) | null
  wantsSavedState: boolean
}

function toBytes(data: RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data))
  if (data instanceof ArrayBuffer) return new Uint8Array(data)
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
}

export class Connection implements DocumentPeer {
  readonly wantsSavedState: boolean
  readonly readOnly: boolean
  readonly userId: string | null
  alive = true
  /** Whether the client sent anything since the last liveness tick. */
  private active = false
  /** Presence states this socket introduced; removed when it closes. */
  readonly awarenessClients = new Set<number>()
  private readonly context: MessageContext
  private closed = false

  constructor(
    private readonly socket: WebSocket,
    readonly document: CollabDocument,
    private readonly access: ConnectionAccess,
    private readonly options: CollabOptions,
    private readonly onClose: (connection: Connection) => void,
  ) {
    this.readOnly = access.readOnly
    this.userId = access.userId
    this.wantsSavedState = access.wantsSavedState
    this.context = { document, peer: this, readOnly: access.readOnly }
    document.peers.add(this)
    socket.on('message', (data, isBinary) => this.receive(data, isBinary))
    socket.on('pong', () => {
      this.alive = true
    })
    socket.on('close', () => this.cleanUp())
    socket.on('error', (error) => {
      log.warn('collab', `socket error on ${document.name}`, error)
      this.close(error.message.includes('Max payload') ? CloseCode.MessageTooBig : CloseCode.MalformedMessage)
    })
    this.start()
  }

  private start(): void {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    syncProtocol.writeSyncStep1(encoder, this.document.doc)
    this.send(encoding.toUint8Array(encoder))
    const present = [...this.document.awareness.getStates().keys()]
    if (present.length > 0) this.send(this.document.awarenessMessage(present))
    if (this.wantsSavedState) {
      if (this.readOnly) this.send(encoding.encode((encoder) => encoding.writeVarUint(encoder, MessageType.ReadOnly)))
      this.send(this.document.savedStateMessage())
    }
  }

  private receive(data: RawData, isBinary: boolean): void {
    this.alive = true
    this.active = true
    if (this.closed) return
    try {
      if (!isBinary) throw new Error('text frames are not part of the protocol')
      const message = toBytes(data)
      if (message[0] === MessageType.Awareness) {
        this.receivePresence(message)
        return
      }
      const pendingBefore = pendingBytes(this.document)
      const reply = handleMessage(this.context, message)
      if (reply) this.send(reply)
      this.limitPending(pendingBefore)
    } catch (error) {
      log.warn('collab', `closing a socket on ${this.document.name} after a message it could not accept`, error)
      this.close(CloseCode.MalformedMessage)
    }
  }

  /**
   * Applies the entries of a presence message this socket may send: its own states, and the same
   * person's (a client that reconnects takes over its id before the server notices that its old
   * socket is gone). Another person's entries are dropped, as are removals of presence that nobody
   * here owns: clients echo every change they see, and an echo of a removal would otherwise make
   * y-protocols remember the id for good. A socket that introduces too many states is refused.
   */
  private receivePresence(message: Uint8Array): void {
    const { awareness } = this.document
    const entries = readPresence(message, this.options.maxClientsPerDocument * MAX_AWARENESS_CLIENTS_PER_SOCKET)
    const kept: PresenceEntry[] = []
    const claims: Array<{ client: number; owner: DocumentPeer | undefined }> = []
    for (const entry of entries) {
      const owner = this.ownerOf(entry.client)
      if (owner && !(owner instanceof Connection && owner.userId === this.userId)) continue
      const removal = entry.state.trim() === 'null'
      if (removal && !owner && !this.awarenessClients.has(entry.client)) continue
      kept.push(entry)
      if (!removal && entry.clock > (awareness.meta.get(entry.client)?.clock ?? 0)) claims.push({ client: entry.client, owner })
    }
    const introduced = new Set([...this.awarenessClients, ...claims.map(({ client }) => client)])
    if (introduced.size > MAX_AWARENESS_CLIENTS_PER_SOCKET) throw new ProtocolError(`presence for more than ${MAX_AWARENESS_CLIENTS_PER_SOCKET} client ids`)
    if (kept.length === 0) return
    handleMessage(this.context, kept.length === entries.length ? message : writePresence(kept))
    // Owned from now on by this socket, and removed when it closes, even when y-protocols counts the state as updated rather than added.
    for (const { client, owner } of claims) {
      owner?.awarenessClients.delete(client)
      this.awarenessClients.add(client)
    }
  }

  /** The other socket whose client introduced this presence id, if any. */
  private ownerOf(client: number): DocumentPeer | undefined {
    for (const peer of this.document.peers) if (peer !== this && peer.awarenessClients.has(client)) return peer
    return undefined
  }

  /**
   * Lets go of updates that wait for dependencies once they pass the limits, and closes every socket
   * that sent them: each client's sync on reconnecting sends the server all it lacks, dependencies
   * included, so nothing a real client typed is lost.
   */
  private limitPending(pendingBefore: number): void {
    const pending = pendingBytes(this.document)
    if (pending === 0) {
      waitingByDocument.delete(this.document)
      return
    }
    if (pending <= pendingBefore) return
    const waiting = waitingByDocument.get(this.document) ?? { updates: 0, senders: new Set<Connection>() }
    waitingByDocument.set(this.document, waiting)
    waiting.updates += 1
    waiting.senders.add(this)
    if (pending <= MAX_PENDING_BYTES && waiting.updates <= MAX_PENDING_UPDATES) return
    log.warn('collab', `letting go of ${pending} bytes of updates to ${this.document.name} whose dependencies never arrived`)
    this.document.doc.store.pendingStructs = null
    this.document.doc.store.pendingDs = null
    waitingByDocument.delete(this.document)
    for (const sender of waiting.senders) sender.close(CloseCode.MalformedMessage, 'updates whose dependencies never arrived')
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== WebSocket.OPEN) return
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      log.warn('collab', `dropping a client of ${this.document.name} that stopped reading`)
      // The close frame queues behind what the client has not read: it learns why only if it reads on.
      this.close(CloseCode.SlowConsumer, 'too slow to keep up')
      setTimeout(() => this.socket.terminate(), SLOW_CONSUMER_GRACE_MS).unref()
      return
    }
    this.socket.send(message, { binary: true }, (error) => {
      if (error) this.terminate()
    })
  }

  /**
   * Pings the client; returns false (and drops it) if it did not answer the previous ping, or closes
   * it if its session ended or its access changed since it connected.
   */
  checkAlive(): boolean {
    if (!this.alive) {
      this.terminate()
      return false
    }
    const active = this.active
    this.active = false
    if (this.access.revalidate && !this.access.revalidate(active)) {
      this.close(CloseCode.Unauthorized, 'session ended')
      return false
    }
    this.alive = false
    if (this.socket.readyState === WebSocket.OPEN) this.socket.ping()
    return true
  }

  close(code: CloseCode, reason = ''): void {
    if (this.closed) return
    if (this.socket.readyState === WebSocket.OPEN || this.socket.readyState === WebSocket.CONNECTING) {
      this.socket.close(code, reason)
    }
    this.cleanUp()
  }

  terminate(): void {
    this.socket.terminate()
    this.cleanUp()
  }

  private cleanUp(): void {
    if (this.closed) return
    this.closed = true
    this.document.peers.delete(this)
    const clients = [...this.awarenessClients]
    if (clients.length > 0) awarenessProtocol.removeAwarenessStates(this.document.awareness, clients, null)
    this.onClose(this)
  }
}
