/**
 * @module
 * Whether this page's own changes are stored on the server. The server tells clients that ask (the
 * `saved=1` parameter) the state vector of what it has stored durably; our changes are saved when
 * that covers every change made under any client id this page has used.
 */
import * as decoding from 'lib0/decoding'
import * as Y from 'yjs'
import type { WebsocketProvider } from 'y-websocket'
import { isCoveredBy, MessageType } from '../../shared/collab/messages'
import { ValueStore } from '../app/valueStore'

/** `true` while everything this page changed is stored on the server. */
export class SavedStateTracker extends ValueStore<boolean> {
  private saved = new Map<number, number>()
  private readonly ownClients = new Set<number>()

  constructor(
    private readonly doc: Y.Doc,
    provider: WebsocketProvider,
  ) {
    super(true)
    provider.messageHandlers[MessageType.SavedState] = (_encoder, decoder) => {
      this.saved = Y.decodeStateVector(decoding.readVarUint8Array(decoder))
      this.recompute()
    }
    doc.on('update', this.handleUpdate)
  }

  override destroy(): void {
    this.doc.off('update', this.handleUpdate)
    super.destroy()
  }

  private readonly handleUpdate = (_update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    if (!transaction.local) return
    this.ownClients.add(this.doc.clientID)
    this.recompute()
  }

  /** Runs on every keystroke: reads only this page's own clocks, not the whole state vector. */
  private recompute(): void {
    const own = new Map([...this.ownClients].map((client) => [client, Y.getState(this.doc.store, client)]))
    this.set(isCoveredBy(own, this.saved))
  }
}
