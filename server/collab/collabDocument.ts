/**
 * @module
 * One loaded collaborative document: its Y.Doc, the presence (awareness) of the people in it, the
 * sockets connected to it and its persistence. Relays every accepted change to the other sockets.
 */
import * as Y from 'yjs'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { MessageType } from '../../shared/collab/messages.js'
import type { DocumentStore } from '../storage/documentStore.js'
import type { CommitPacer } from './commitPacer.js'
import type { CollabOptions } from './options.js'
import { PendingUpdates } from './pendingUpdates.js'
import { DocumentPersistence, STORAGE_ORIGIN } from './persistence.js'

/** What the collaboration server needs of a socket attached to a document. */
export interface DocumentPeer {
  readonly wantsSavedState: boolean
  /** Presence states the peer introduced, so they can be removed when it leaves. */
  readonly awarenessClients: Set<number>
  send(message: Uint8Array): void
  /** Whether another peer is the same person (a reconnecting client may take over its presence). */
  isSamePerson(peer: DocumentPeer): boolean
}

interface AwarenessChange {
  added: number[]
  updated: number[]
  removed: number[]
}

export class CollabDocument {
  readonly doc = new Y.Doc()
  readonly awareness = new awarenessProtocol.Awareness(this.doc)
  readonly peers = new Set<DocumentPeer>()
  /** Upgrades in progress and HTTP readers that keep the document loaded without a socket. */
  holds = 0
  persistence: DocumentPersistence | null = null
  readonly pendingUpdates: PendingUpdates

  constructor(readonly name: string) {
    this.pendingUpdates = new PendingUpdates(this.doc, name, this.forgetWholeState)
    this.awareness.setLocalState(null)
    this.doc.on('update', this.forgetWholeState)
    this.doc.on('update', this.relayUpdate)
    this.awareness.on('update', this.relayAwareness)
  }

  /** Applies the stored updates, then starts saving every later change. */
  restore(updates: Uint8Array[], store: DocumentStore, options: CollabOptions, pacer?: CommitPacer): void {
    Y.transact(this.doc, () => {
      for (const update of updates) Y.applyUpdate(this.doc, update, STORAGE_ORIGIN)
    }, STORAGE_ORIGIN)
    this.persistence = new DocumentPersistence(this.name, this.doc, store, options, this.broadcastSavedState, pacer)
    // A lone stored update (a snapshot) already is the whole document, encoded.
    this.wholeState = updates.length === 1 ? updates[0] : null
  }

  /**
   * The whole document as one update (`Y.encodeStateAsUpdate`), which is what a client that has
   * nothing receives: encoded once per change, however many clients join in between.
   */
  encodeWholeState(): Uint8Array {
    this.wholeState ??= Y.encodeStateAsUpdate(this.doc)
    return this.wholeState
  }

  private wholeState: Uint8Array | null = null

  private readonly forgetWholeState = () => {
    this.wholeState = null
  }

  get isIdle(): boolean {
    return this.peers.size === 0 && this.holds === 0
  }

  savedStateMessage(): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.SavedState)
    encoding.writeVarUint8Array(encoder, this.persistence?.savedStateVector ?? new Uint8Array([0]))
    return encoding.toUint8Array(encoder)
  }

  awarenessMessage(clients: number[]): Uint8Array {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients))
    return encoding.toUint8Array(encoder)
  }

  private readonly cleanups: Array<() => void> = []

  /** Runs `cleanup` when the document is unloaded (an extension letting go of what it observes). */
  addCleanup(cleanup: () => void): void {
    this.cleanups.push(cleanup)
  }

  destroy(): void {
    for (const cleanup of this.cleanups.splice(0)) cleanup()
    if (this.savedStateTimer) clearImmediate(this.savedStateTimer)
    this.persistence?.destroy()
    this.doc.off('update', this.forgetWholeState)
    this.doc.off('update', this.relayUpdate)
    this.awareness.off('update', this.relayAwareness)
    this.awareness.destroy()
    this.doc.destroy()
  }

  private readonly relayUpdate = (update: Uint8Array, origin: unknown) => {
    if (origin === STORAGE_ORIGIN || this.peers.size === 0) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Sync)
    syncProtocol.writeUpdate(encoder, update)
    const message = encoding.toUint8Array(encoder)
    for (const peer of this.peers) if (peer !== origin) peer.send(message)
  }

  private readonly relayAwareness = ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
    if (origin && this.peers.has(origin as DocumentPeer)) {
      const { awarenessClients } = origin as DocumentPeer
      for (const client of added) awarenessClients.add(client)
      for (const client of removed) awarenessClients.delete(client)
    }
    const changed = [...added, ...updated, ...removed]
    if (changed.length === 0 || this.peers.size === 0) return
    const message = this.awarenessMessage(changed)
    for (const peer of this.peers) if (peer !== origin) peer.send(message)
  }

  private savedStateTimer: NodeJS.Immediate | null = null

  /** Tells the clients that asked what is durably stored; several saves in one tick send one message. */
  private readonly broadcastSavedState = () => {
    if (this.savedStateTimer) return
    this.savedStateTimer = setImmediate(() => {
      this.savedStateTimer = null
      const message = this.savedStateMessage()
      for (const peer of this.peers) if (peer.wantsSavedState) peer.send(message)
    })
  }
}
