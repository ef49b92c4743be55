/**
 * @module
 * One client socket attached to one document: starts the sync, handles each message inside a
 * try/catch so a bad one closes only this socket, drops a client that does not read what it is sent,
 * answers pings and lets go of its presence when it closes. Each message goes to the handler table
 * (`messageHandlers.ts`, presence through its rules in `presence.ts`), then through the limit on
 * pending updates (`pendingUpdates.ts`).
 */
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebSocket, type RawData } from 'ws'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { MessageType } from '../../shared/collab/messages.js'
import { log } from '../log.js'
import type { CollabDocument, DocumentPeer } from './collabDocument.js'
import { handleMessage, type MessageContext } from './messageHandlers.js'
import type { CollabOptions } from './options.js'

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
    this.context = { document, peer: this, readOnly: access.readOnly, options }
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
      const { pendingUpdates } = this.document
      const pendingBefore = pendingUpdates.bytes
      const reply = handleMessage(this.context, message)
      if (reply) this.send(reply)
      pendingUpdates.limit(this, pendingBefore, this.options)
    } catch (error) {
      log.warn('collab', `closing a socket on ${this.document.name} after a message it could not accept`, error)
      this.close(CloseCode.MalformedMessage)
    }
  }

  isSamePerson(peer: DocumentPeer): boolean {
    return peer instanceof Connection && peer.userId === this.userId
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== WebSocket.OPEN) return
    if (this.socket.bufferedAmount > this.options.maxBufferedBytes) {
      log.warn('collab', `dropping a client of ${this.document.name} that stopped reading`)
      // The close frame queues behind what the client has not read: it learns why only if it reads on.
      this.close(CloseCode.SlowConsumer, 'too slow to keep up')
      setTimeout(() => this.socket.terminate(), this.options.slowConsumerGraceMs).unref()
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
