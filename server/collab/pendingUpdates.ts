/**
 * @module
 * The limit on updates whose dependencies have not arrived. Yjs holds them in `store.pendingStructs`
 * and `store.pendingDs` and merges each new one into them; a client sends such an update only in the
 * moment of a reconnect, before its sync step 2 catches up. Past the limit they are let go and every
 * socket that sent them is closed: each client's sync on reconnecting sends the server all it lacks,
 * dependencies included, so nothing a real client typed is lost.
 */
import type * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { log } from '../log.js'
import type { CollabOptions } from './options.js'

export interface PendingSender {
  close(code: CloseCode, reason: string): void
}

/** One document's waiting updates: how many were added since it last had none, and by which sockets. */
export class PendingUpdates {
  private updates = 0
  private readonly senders = new Set<PendingSender>()

  constructor(
    private readonly doc: Y.Doc,
    private readonly documentName: string,
    /** Told when they are let go, since that changes the document's encoding without an update event. */
    private readonly onLetGo: () => void,
  ) {}

  get bytes(): number {
    const { pendingStructs, pendingDs } = this.doc.store
    return (pendingStructs?.update.byteLength ?? 0) + (pendingDs?.byteLength ?? 0)
  }

  /** Counts what a message from `sender` added (`bytesBefore` is `bytes` before it was applied) and enforces the limits. */
  limit(sender: PendingSender, bytesBefore: number, options: CollabOptions): void {
    const pending = this.bytes
    if (pending === 0) {
      this.reset()
      return
    }
    if (pending <= bytesBefore) return
    this.updates += 1
    this.senders.add(sender)
    if (pending <= options.maxPendingBytes && this.updates <= options.maxPendingUpdates) return
    log.warn('collab', `letting go of ${pending} bytes of updates to ${this.documentName} whose dependencies never arrived`)
    this.doc.store.pendingStructs = null
    this.doc.store.pendingDs = null
    this.onLetGo()
    const senders = [...this.senders]
    this.reset()
    for (const closing of senders) closing.close(CloseCode.MalformedMessage, 'updates whose dependencies never arrived')
  }

  private reset(): void {
    this.updates = 0
    this.senders.clear()
  }
}
