/**
 * @module
 * The collaboration endpoint: `/collab/<documentName>` on the HTTP server's upgrade event. The
 * authorisation hook runs on the upgrade, before the WebSocket handshake and before any content is
 * sent; the document is loaded before the handshake completes, so the first sync sees it whole.
 */
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer } from 'ws'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { isDocumentName } from '../../shared/collab/documentNames.js'
import { SAVED_STATE_PARAM } from '../../shared/collab/messages.js'
import { AppError } from '../errors.js'
import { log } from '../log.js'
import type { DocumentStore } from '../storage/documentStore.js'
import type { CollabDocument } from './collabDocument.js'
import { Connection } from './connection.js'
import type { CollabExtension } from './extensions.js'
import { DEFAULT_COLLAB_OPTIONS, type CollabOptions } from './options.js'
import { forgetDepartedPresence } from './presence.js'
import { DocumentRegistry } from './registry.js'

export const COLLAB_PATH = '/collab/'

export interface CollabRequest {
  documentName: string
  request: IncomingMessage
  url: URL
}

export interface CollabAccess {
  readOnly: boolean
  /** Whose connection this is, so it can be closed when their access ends. */
  userId: string | null
  /**
   * Asked on every liveness tick: whether the connection may stay open (its session still live, its
   * access unchanged). `active` says whether the client sent anything since the last tick, which
   * counts as using the session.
   */
  revalidate?: (active: boolean) => boolean
}

/** Decides whether a socket may open a document; throws an `AppError` to refuse it. */
export type AuthorizeCollab = (request: CollabRequest) => Promise<CollabAccess>

export class CollabServer {
  readonly registry: DocumentRegistry
  readonly options: CollabOptions
  private readonly sockets: WebSocketServer
  private readonly connections = new Set<Connection>()
  private readonly pingTimer: NodeJS.Timeout
  private closing = false

  constructor(store: DocumentStore, private readonly authorize: AuthorizeCollab, options: Partial<CollabOptions> = {}, extensions: readonly CollabExtension[] = []) {
    this.options = { ...DEFAULT_COLLAB_OPTIONS, ...options }
    this.registry = new DocumentRegistry(store, this.options, extensions)
    this.sockets = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: this.options.maxMessageBytes })
    this.pingTimer = setInterval(() => {
      const documents = new Set<CollabDocument>()
      for (const connection of this.connections) {
        connection.checkAlive()
        documents.add(connection.document)
      }
      for (const document of documents) forgetDepartedPresence(document.awareness, Date.now(), this.options.departedPresenceMs)
    }, this.options.pingIntervalMs)
    this.pingTimer.unref()
  }

  attach(server: Server): void {
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      socket.on('error', () => socket.destroy())
      this.upgrade(request, socket, head).catch((error: unknown) => {
        log.error('collab', 'upgrade failed', error)
        refuse(socket, new AppError('internal', 500, 'The collaboration server could not take this connection.'))
      })
    })
  }

  get connectionCount(): number {
    return this.connections.size
  }

  private async upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost')
    if (!url.pathname.startsWith(COLLAB_PATH)) {
      refuse(socket, new AppError('not_found', 404, 'There is no WebSocket endpoint here.'))
      return
    }
    if (this.closing) {
      refuse(socket, new AppError('unavailable', 503, 'The server is shutting down.'))
      return
    }
    const documentName = url.pathname.slice(COLLAB_PATH.length)
    if (!isDocumentName(documentName)) {
      refuse(socket, new AppError('invalid_document_name', 400, 'That is not a valid document name.'))
      return
    }
    let access: CollabAccess
    try {
      access = await this.authorize({ documentName, request, url })
    } catch (error) {
      refuse(socket, error instanceof AppError ? error : new AppError('forbidden', 403, 'You may not open this document.'))
      return
    }
    let document
    try {
      document = await this.registry.acquire(documentName)
    } catch {
      refuse(socket, new AppError('document_unavailable', 503, 'The document could not be loaded.'))
      return
    }
    if (document.peers.size >= this.options.maxClientsPerDocument) {
      this.registry.release(document)
      refuse(socket, new AppError('too_many_clients', 503, 'Too many people have this document open.'))
      return
    }
    if (socket.destroyed || this.closing) {
      this.registry.release(document)
      return
    }
    const loaded = document
    let attached = false
    // If the handshake itself fails, ws never calls back; the hold must still be let go.
    socket.once('close', () => {
      if (!attached) this.registry.release(loaded)
    })
    this.sockets.handleUpgrade(request, socket, head, (webSocket) => {
      attached = true
      const connection = new Connection(
        webSocket,
        loaded,
        {
          readOnly: access.readOnly,
          userId: access.userId,
          revalidate: access.revalidate ?? null,
          wantsSavedState: url.searchParams.get(SAVED_STATE_PARAM) === '1',
        },
        this.options,
        (closed) => {
          this.connections.delete(closed)
          this.registry.unloadWhenIdle(closed.document)
        },
      )
      this.connections.add(connection)
      this.registry.release(loaded)
    })
  }

  /** Closes a person's sockets, on every document or on those whose name starts with `prefix`. */
  disconnect(userId: string, prefix = '', code: CloseCode = CloseCode.Unauthorized): void {
    for (const connection of this.connections) {
      if (connection.userId === userId && connection.document.name.startsWith(prefix)) connection.close(code, 'access ended')
    }
  }

  /** Closes every socket, then writes every document's snapshot. */
  async close(): Promise<void> {
    this.closing = true
    clearInterval(this.pingTimer)
    for (const connection of this.connections) connection.close(CloseCode.ServiceRestart, 'server restarting')
    await this.registry.flushAll()
    this.sockets.close()
  }
}

function refuse(socket: Duplex, error: AppError): void {
  if (socket.destroyed) return
  const body = JSON.stringify(error.toJSON())
  socket.end(
    `HTTP/1.1 ${error.status} ${error.code}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}
