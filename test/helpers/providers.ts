/**
 * @module
 * The stock y-websocket provider in Node, one Y.Doc each, destroyed when the current test finishes.
 * The BroadcastChannel is off, so providers in the same process can only meet through the server.
 * Each signs in with a session token in the `token` query parameter, as clients that cannot set headers do.
 */
import { onTestFinished } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { DEMO_REPORT } from './testServer.js'
import { waitFor } from './waitFor.js'

export interface ProviderOptions {
  documentName?: string
  params?: Record<string, string>
  /** Set to false to register message handlers before the first connection. */
  connect?: boolean
}

export function createProvider(collabUrl: string, token: string, options: ProviderOptions = {}): WebsocketProvider {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(collabUrl, options.documentName ?? DEMO_REPORT, doc, {
    // The type differs from the DOM's WebSocket, which the provider is declared against; it works the same.
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { ...options.params, token },
    connect: options.connect ?? true,
    disableBc: true,
  })
  onTestFinished(() => {
    provider.destroy()
    doc.destroy()
  })
  return provider
}

export async function waitUntilSynced(provider: WebsocketProvider): Promise<void> {
  await waitFor(`${provider.roomname} is synced`, () => provider.synced)
}

/** A provider that has received the server's copy of the document. */
export async function connectProvider(collabUrl: string, token: string, options: ProviderOptions = {}): Promise<WebsocketProvider> {
  const provider = createProvider(collabUrl, token, options)
  await waitUntilSynced(provider)
  return provider
}
