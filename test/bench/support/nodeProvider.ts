/**
 * @module
 * The stock y-websocket provider in Node, and the waits the benchmarks need: the first sync, and the
 * server's `SavedState` message (asked for with `saved=1`) covering everything this client wrote.
 */
import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { MessageType, SAVED_STATE_PARAM, isCoveredBy } from '../../../shared/collab/messages.js'

/** `token` is a session token, sent as the `token` query parameter. */
export function createNodeProvider(collabUrl: string, token: string, documentName: string, doc: Y.Doc, params: Record<string, string> = {}): WebsocketProvider {
  return new WebsocketProvider(collabUrl, documentName, doc, {
    // Declared against the DOM's WebSocket; the `ws` one behaves the same for the provider.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ...params, token },
    disableBc: true,
  })
}

export function waitForSync(provider: WebsocketProvider, timeoutMs = 120_000): Promise<void> {
  if (provider.synced) return Promise.resolve()
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${provider.roomname} did not sync within ${timeoutMs} ms`)), timeoutMs)
    const onSync = (synced: boolean) => {
      if (!synced) return
      clearTimeout(timer)
      provider.off('sync', onSync)
      resolve()
    }
    provider.on('sync', onSync)
  })
}

/** A provider that asks for the server's saved state and can wait until it covers the local doc. */
export class SavedStateClient {
  readonly provider: WebsocketProvider
  private saved = new Map<number, number>()
  private waiters: Array<() => void> = []

  constructor(collabUrl: string, token: string, documentName: string, readonly doc: Y.Doc) {
    this.provider = createNodeProvider(collabUrl, token, documentName, doc, { [SAVED_STATE_PARAM]: '1' })
    this.provider.messageHandlers[MessageType.SavedState] = (_encoder, decoder) => {
      this.saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
      this.check()
    }
  }

  get isSaved(): boolean {
    return isCoveredBy(Y.decodeStateVector(Y.encodeStateVector(this.doc)), this.saved)
  }

  waitUntilSaved(timeoutMs = 120_000): Promise<void> {
    if (this.isSaved) return Promise.resolve()
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not report everything saved within ${timeoutMs} ms`)), timeoutMs)
      this.waiters.push(() => {
        clearTimeout(timer)
        resolve()
      })
    })
  }

  private check(): void {
    if (this.waiters.length === 0 || !this.isSaved) return
    for (const resolve of this.waiters.splice(0)) resolve()
  }
}
