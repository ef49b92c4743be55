/**
 * @module
 * Message types on the collaboration socket. 0 to 3 are the y-websocket protocol's; `SavedState` is
 * ours (SavedState, ReadOnly) and are sent only to clients that ask for them (query parameter
 * `saved=1`), so a stock provider never sees a message it does not know.
 */
export const MessageType = {
  Sync: 0,
  Awareness: 1,
  Auth: 2,
  QueryAwareness: 3,
  /** Payload: a Yjs state vector of everything the server has stored durably. */
  SavedState: 100,
  /** No payload: this connection may read the document but its changes are dropped. */
  ReadOnly: 101,
} as const

export type MessageType = (typeof MessageType)[keyof typeof MessageType]

export const SAVED_STATE_PARAM = 'saved'

/** True when every change in `local` is covered by `saved` (both decoded state vectors). */
export function isCoveredBy(local: Map<number, number>, saved: Map<number, number>): boolean {
  for (const [client, clock] of local) {
    if ((saved.get(client) ?? 0) < clock) return false
  }
  return true
}
