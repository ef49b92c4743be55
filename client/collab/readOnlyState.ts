/**
 * @module
 * Whether the server treats this connection as read-only. It says so (message `ReadOnly`) to clients
 * that ask for the saved state, before anything else; the page then stops offering to edit, even if
 * it thought the person could.
 */
import type { WebsocketProvider } from 'y-websocket'
import { MessageType } from '../../shared/collab/messages'

export class ReadOnlyTracker {
  private current = false
  private readonly listeners = new Set<() => void>()

  constructor(provider: WebsocketProvider) {
    provider.messageHandlers[MessageType.ReadOnly] = () => {
      if (this.current) return
      this.current = true
      for (const listener of this.listeners) listener()
    }
  }

  get readOnly(): boolean {
    return this.current
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  destroy(): void {
    this.listeners.clear()
  }
}
