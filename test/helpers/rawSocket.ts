/**
 * @module
 * A bare `ws` socket to the collaboration endpoint, for sending what no provider would send, and for
 * reading the HTTP answer to an upgrade the server refuses.
 */
import { onTestFinished } from 'vitest'
import { WebSocket, type ClientOptions } from 'ws'

/** The collaboration URL of a document, with a session token and other query parameters if given. */
export function documentUrl(collabUrl: string, documentName: string, token?: string | null, params: Record<string, string> = {}): string {
  const query = new URLSearchParams({ ...params, ...(token ? { token } : {}) }).toString()
  return `${collabUrl}/${documentName}${query ? `?${query}` : ''}`
}

export interface ClosedSocket {
  code: number
  reason: string
}

export interface RawSocket {
  socket: WebSocket
  /** Resolves with the close code the server sent. */
  closed: Promise<ClosedSocket>
}

export async function openRawSocket(url: string, options: ClientOptions = {}): Promise<RawSocket> {
  const socket = new WebSocket(url, options)
  onTestFinished(() => socket.terminate())
  // Writing a large message the server refuses part way may fail here; the close code is what counts.
  socket.on('error', () => undefined)
  const closed = new Promise<ClosedSocket>((resolve) => {
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString('utf8') }))
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('unexpected-response', (_request, response) => reject(new Error(`upgrade refused with ${response.statusCode}`)))
    void closed.then(() => reject(new Error('the socket closed before it opened')))
  })
  return { socket, closed }
}

/**
 * Resolves once the server has read every frame sent before it: the server's socket answers a ping
 * only after it has handled the messages ahead of it. Resolves too if the socket closes first.
 */
export function roundTrip(socket: WebSocket): Promise<void> {
  return new Promise<void>((resolve) => {
    if (socket.readyState !== WebSocket.OPEN) return resolve()
    socket.once('pong', () => resolve())
    socket.once('close', () => resolve())
    socket.ping()
  })
}

export interface RefusedUpgrade {
  status: number
  body: unknown
}

/** Attempts an upgrade that the server is expected to refuse with an HTTP answer. */
export function refusedUpgrade(url: string, options: ClientOptions = {}): Promise<RefusedUpgrade> {
  const socket = new WebSocket(url, options)
  onTestFinished(() => socket.terminate())
  return new Promise<RefusedUpgrade>((resolve, reject) => {
    socket.once('open', () => reject(new Error('the upgrade was accepted')))
    socket.on('error', reject)
    socket.once('unexpected-response', (request, response) => {
      let text = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        text += chunk
      })
      response.once('end', () => {
        request.destroy()
        resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) })
      })
    })
  })
}
