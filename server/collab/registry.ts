/**
 * @module
 * The loaded documents. A document is loaded once however many clients ask at the same moment (one
 * in-flight load), is never saved over if its load failed, and is unloaded only when it has no
 * sockets, no holds and nothing left to save: while the disk fails, an idle document stays loaded
 * until its retried snapshot is stored.
 */
import type { DocumentStore } from '../storage/documentStore.js'
import { log } from '../log.js'
import { CollabDocument } from './collabDocument.js'
import { CommitPacer } from './commitPacer.js'
import type { CollabExtension } from './extensions.js'
import type { CollabOptions } from './options.js'

export class DocumentRegistry {
  private readonly documents = new Map<string, CollabDocument>()
  private readonly loading = new Map<string, Promise<CollabDocument>>()
  private readonly pacer: CommitPacer

  constructor(
    private readonly store: DocumentStore,
    private readonly options: CollabOptions,
    private readonly extensions: readonly CollabExtension[] = [],
  ) {
    this.pacer = new CommitPacer(options)
  }

  get loadedCount(): number {
    return this.documents.size
  }

  find(name: string): CollabDocument | undefined {
    return this.documents.get(name)
  }

  /** Loads the document if needed and holds it loaded until `release`. */
  async acquire(name: string): Promise<CollabDocument> {
    const document = this.documents.get(name) ?? (await this.load(name))
    document.holds += 1
    return document
  }

  release(document: CollabDocument): void {
    document.holds -= 1
    this.unloadWhenIdle(document)
  }

  /** Runs `read` on the current state of a document, loading it for the moment if nobody has it open. */
  async read<T>(name: string, read: (document: CollabDocument) => T | Promise<T>): Promise<T> {
    const document = await this.acquire(name)
    try {
      return await read(document)
    } finally {
      this.release(document)
    }
  }

  unloadWhenIdle(document: CollabDocument): void {
    if (!document.isIdle || this.documents.get(document.name) !== document) return
    void this.unload(document).catch((error: unknown) => log.error('collab', `unloading ${document.name} failed`, error))
  }

  /**
   * On shutdown, after the sockets are closed: writes every loaded document's snapshot once, then stops
   * retrying, so a disk that is still failing cannot hold the shutdown. Nothing on disk is removed.
   */
  async flushAll(): Promise<void> {
    const documents = [...this.documents.values()]
    await Promise.allSettled(documents.map((document) => document.persistence?.snapshot()))
    const unstored = documents.filter((document) => document.persistence?.hasPendingSave).length
    for (const document of documents) document.persistence?.stop()
    if (unstored > 0) {
      const what = `${unstored} document(s) whose latest changes could not be stored`
      log.error('storage', `shutting down with ${what}; the files on disk are left as they were`)
    }
  }

  private load(name: string): Promise<CollabDocument> {
    const inFlight = this.loading.get(name)
    if (inFlight) return inFlight
    const loaded = (async () => {
      const updates = await this.store.load(name)
      const document = new CollabDocument(name)
      document.restore(updates, this.store, this.options, this.pacer)
      for (const extension of this.extensions) {
        const cleanup = extension.onLoad(document)
        if (cleanup) document.addCleanup(cleanup)
      }
      this.documents.set(name, document)
      return document
    })()
    this.loading.set(name, loaded)
    const forget = () => this.loading.delete(name)
    loaded.then(forget, (error: unknown) => {
      forget()
      log.error('collab', `could not load ${name}; it will not be saved over`, error)
    })
    return loaded
  }

  private async unload(document: CollabDocument): Promise<void> {
    await document.persistence?.flush()
    if (!document.isIdle || document.persistence?.hasPendingSave || this.documents.get(document.name) !== document) return
    this.documents.delete(document.name)
    document.destroy()
    await this.store.unload?.(document.name)
  }
}
