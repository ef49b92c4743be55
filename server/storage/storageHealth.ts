/**
 * @module
 * Whether the server can write to its data folder. The stores report each failed write and each write
 * that leaves nothing unsaved, by subject (a document's name, `database` or `audit log`). `/api/health` reads the
 * summary, and the log gets one line when writing starts to fail and one when every subject has
 * recovered, however many retries lie between.
 */
import { AppError } from '../errors.js'
import { log } from '../log.js'

export const DATABASE_SUBJECT = 'database'
export const AUDIT_SUBJECT = 'audit log'

/** The subject of one review's IMR records file: records, like the database, not a document. */
export function imrRecordsSubject(reviewId: string): string {
  return `${DATABASE_SUBJECT}/imrs/${reviewId}`
}

function isRecordsSubject(subject: string): boolean {
  return subject === DATABASE_SUBJECT || subject === AUDIT_SUBJECT || subject.startsWith(`${DATABASE_SUBJECT}/`)
}

/** What `/api/health` says about storage: counts and an error code only, no document names. */
export interface StorageReport {
  writable: boolean
  /** When the current run of failures began; null while writable. */
  failingSince: string | null
  /** Documents whose latest changes are held only in memory until a retry succeeds. */
  failingDocuments: number
  /** Whether the latest write of the records (accounts, sessions, reviews, IMRs, or the audit log) failed. */
  databaseFailing: boolean
  /** The system's error code of the latest failure (ENOSPC, EACCES, ENOTDIR, EROFS, EIO ...). */
  lastError: string | null
}

/** The `code` of an error or of one of its causes, such as `ENOSPC`; `unknown` when none has one. */
export function errorCodeOf(error: unknown): string {
  for (let current = error; current instanceof Error; current = current.cause) {
    const code = (current as NodeJS.ErrnoException).code
    if (typeof code === 'string') return code
  }
  return 'unknown'
}

export class StorageHealth {
  private readonly failing = new Set<string>()
  private failingSince: Date | null = null
  private lastError: string | null = null

  constructor(private readonly now: () => Date = () => new Date()) {}

  get isWritable(): boolean {
    return this.failing.size === 0
  }

  failed(subject: string, error: unknown): void {
    this.lastError = errorCodeOf(error)
    this.failing.add(subject)
    if (this.failingSince) return
    this.failingSince = this.now()
    log.error(
      'storage',
      `cannot write to the data folder (${this.lastError}, first for ${subject}): changes are kept in memory, ` +
        'clients are not told they are saved, and writing is retried until it works',
    )
  }

  /** The subject's latest write succeeded and left nothing of it unstored. */
  succeeded(subject: string): void {
    if (!this.failing.delete(subject) || this.failing.size > 0 || !this.failingSince) return
    const seconds = Math.round((this.now().getTime() - this.failingSince.getTime()) / 1000)
    this.failingSince = null
    this.lastError = null
    log.info('storage', `the data folder is writable again after ${seconds} s: everything kept in memory is stored`)
  }

  report(): StorageReport {
    const documents = [...this.failing].filter((subject) => !isRecordsSubject(subject))
    return {
      writable: this.isWritable,
      failingSince: this.failingSince?.toISOString() ?? null,
      failingDocuments: documents.length,
      databaseFailing: [...this.failing].some(isRecordsSubject),
      lastError: this.lastError,
    }
  }
}

/** What a request gets when the change it asked for could not be stored and was not made. */
export function storageUnavailable(): AppError {
  return new AppError(
    'storage_unavailable',
    503,
    'The server could not store this change because its disk is not writable, so nothing was changed. Try again in a few minutes.',
  )
}

export function isStorageUnavailable(error: unknown): boolean {
  return error instanceof AppError && error.code === 'storage_unavailable'
}
