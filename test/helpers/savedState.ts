/**
 * @module
 * Reads our SavedState message (type 100) on a stock provider, as the web client does: the server
 * sends it only to clients that connect with `saved=1`.
 */
import * as decoding from 'lib0/decoding'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { MessageType, SAVED_STATE_PARAM, isCoveredBy } from '../../shared/collab/messages.js'
import { createProvider, waitUntilSynced } from './providers.js'
import { waitFor } from './waitFor.js'

export interface SavedStateTracker {
  /** The last state vector the server said it had stored; null until it said. */
  saved: Map<number, number> | null
  messages: number
}

export function trackSavedState(provider: WebsocketProvider): SavedStateTracker {
  const tracker: SavedStateTracker = { saved: null, messages: 0 }
  provider.messageHandlers[MessageType.SavedState] = (_encoder, decoder) => {
    tracker.saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
    tracker.messages += 1
  }
  return tracker
}

/** A synced provider that asked to be told what is saved, and has been told once. */
export async function connectSavedStateProvider(
  collabUrl: string,
  token: string,
  options: { documentName?: string } = {},
): Promise<{ provider: WebsocketProvider; tracker: SavedStateTracker }> {
  const provider = createProvider(collabUrl, token, { ...options, params: { [SAVED_STATE_PARAM]: '1' }, connect: false })
  const tracker = trackSavedState(provider)
  provider.connect()
  await waitUntilSynced(provider)
  await waitFor('the server said what it has saved', () => tracker.saved !== null)
  return { provider, tracker }
}

/** True once the server has said that everything in the provider's document is stored. */
export function isSaved(provider: WebsocketProvider, tracker: SavedStateTracker): boolean {
  return tracker.saved !== null && isCoveredBy(Y.decodeStateVector(Y.encodeStateVector(provider.doc)), tracker.saved)
}
