/**
 * @module
 * The interface between the collaboration server and wherever Yjs document state is kept. The file
 * store is the embedded default; a server database can implement the same interface later.
 */

export interface DocumentStore {
  /**
   * Every stored update of a document, oldest first (applying them all in order rebuilds it; applying
   * one twice is harmless). An empty list for a document never stored. Rejects when the stored state
   * cannot be read, in which case the caller must never save over it.
   */
  load(documentName: string): Promise<Uint8Array[]>
  /** Stores one accepted update durably; resolves once it would survive a crash of the process. */
  append(documentName: string, update: Uint8Array): Promise<void>
  /**
   * Replaces what is stored with one snapshot of the whole document. Every append made before this
   * call must already be contained in the snapshot; appends made after it are kept.
   */
  compact(documentName: string, snapshot: Uint8Array): Promise<void>
  /** Releases what the store keeps open for a document nobody is editing; optional. */
  unload?(documentName: string): Promise<void>
  /** Figures for benchmarks and health checks. */
  stats(documentName: string): Promise<DocumentStorageStats>
  /** Finishes pending writes and releases files. */
  close(): Promise<void>
}

export interface DocumentStorageStats {
  snapshotBytes: number
  logBytes: number
  logRecords: number
}

export class StorageError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StorageError'
  }
}
