/**
 * @module
 * Whether the server treats this connection as read-only. It says so (message `ReadOnly`) to clients
 * that ask for the saved state, before anything else; the page then stops offering to edit, even if
 * it thought the person could.
 */
import type { WebsocketProvider } from 'y-websocket'
import { MessageType } from '../../shared/collab/messages'
import { ValueStore } from '../app/valueStore'

/** `true` once the server has said so; it never says the opposite on the same connection. */
export class ReadOnlyTracker extends ValueStore<boolean> {
  constructor(provider: WebsocketProvider) {
    super(false)
    provider.messageHandlers[MessageType.ReadOnly] = () => this.set(true)
  }
}
