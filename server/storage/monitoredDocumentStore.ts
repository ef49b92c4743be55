/**
 * @module
 * A document store that reports to the storage health: a document is failing from its first failed
 * write until a snapshot of it is stored, which by the store's contract contains every earlier append.
 * A successful append alone does not end it, since an earlier one may be missing.
 */
import type { DocumentStorageStats, DocumentStore } from './documentStore.js'
import type { StorageHealth } from './storageHealth.js'

export class MonitoredDocumentStore implements DocumentStore {
  constructor(
    private readonly store: DocumentStore,
    private readonly health: StorageHealth,
  ) {}

  load(documentName: string): Promise<Uint8Array[]> {
    return this.store.load(documentName)
  }

  append(documentName: string, update: Uint8Array): Promise<void> {
    return this.store.append(documentName, update).catch((error: unknown) => this.fail(documentName, error))
  }

  compact(documentName: string, snapshot: Uint8Array): Promise<void> {
    return this.store.compact(documentName, snapshot).then(
      () => this.health.succeeded(documentName),
      (error: unknown) => this.fail(documentName, error),
    )
  }

  async unload(documentName: string): Promise<void> {
    await this.store.unload?.(documentName)
  }

  stats(documentName: string): Promise<DocumentStorageStats> {
    return this.store.stats(documentName)
  }

  close(): Promise<void> {
    return this.store.close()
  }

  private fail(documentName: string, error: unknown): never {
    this.health.failed(documentName, error)
    throw error
  }
}
