/**
 * @module
 * The append-only audit log: one JSON line per event in `DATA_DIR/audit.log`, fsynced as it is
 * written. The product can add to it and read it; nothing in it edits or removes a line.
 *
 * Lines waiting to be written are written together. When the disk fails, they stay in memory in
 * their order, the storage health says so, and they are retried on a backoff until they are stored;
 * a write that fails part-way is cut back, so a torn line never joins the next one.
 */
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AuditEventSchema, type AuditEvent } from '../../shared/api/audit.js'
import { AppError } from '../errors.js'
import { log } from '../log.js'
import { nodeFileSystem, writeFully, type StorageFileSystem } from '../storage/durableFiles.js'
import { DEFAULT_RETRY_TIMINGS, RetryDelay, type RetryTimings } from '../storage/retryDelay.js'
import { AUDIT_SUBJECT, StorageHealth } from '../storage/storageHealth.js'

export type { AuditAction, AuditEvent } from '../../shared/api/audit.js'

export type NewAuditEvent = Omit<AuditEvent, 'at' | 'details' | 'reviewId' | 'ip'> &
  Partial<Pick<AuditEvent, 'details' | 'reviewId' | 'ip'>>

export interface AuditLogOptions {
  health?: StorageHealth
  retry?: RetryTimings
  fileSystem?: StorageFileSystem
}

export class AuditLog {
  /** Lines not yet on disk, oldest first. */
  private unwritten: string[] = []
  private writes: Promise<void> = Promise.resolve()
  private readonly health: StorageHealth
  private readonly retryDelay: RetryDelay
  private readonly fileSystem: StorageFileSystem
  private retryTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly path: string,
    options: AuditLogOptions = {},
  ) {
    this.health = options.health ?? new StorageHealth()
    this.retryDelay = new RetryDelay(options.retry ?? DEFAULT_RETRY_TIMINGS)
    this.fileSystem = options.fileSystem ?? nodeFileSystem
  }

  /**
   * Adds an event that has already happened: resolves once it is on disk, or, if the disk fails, at
   * once, keeping the line to write when the disk is back.
   */
  record(event: NewAuditEvent): Promise<void> {
    return this.recordFirst(event).catch(() => undefined)
  }

  /**
   * Adds an event that must be on disk before it happens (confidential text leaving the server):
   * rejects with `storage_unavailable` when it cannot be written, and the caller must not go on.
   */
  recordFirst(event: NewAuditEvent): Promise<void> {
    this.unwritten.push(
      `${JSON.stringify({ at: new Date().toISOString(), reviewId: null, ip: null, details: {}, ...event } satisfies AuditEvent)}\n`,
    )
    return this.writeUnwritten().catch(() => {
      throw new AppError('storage_unavailable', 503, 'The server could not record this in its audit log because its disk is not writable, so it was not done. Try again in a few minutes.')
    })
  }

  /** Events, newest first, optionally of one review only. Lines that do not parse are skipped and logged. */
  async read(filter: { reviewId?: string } = {}): Promise<AuditEvent[]> {
    await this.writes.catch(() => undefined)
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
    const events: AuditEvent[] = []
    for (const line of text.split('\n')) {
      if (!line) continue
      const parsed = AuditEventSchema.safeParse(parseJson(line))
      if (!parsed.success) {
        log.warn('audit', 'skipping an unreadable audit line')
        continue
      }
      if (filter.reviewId === undefined || parsed.data.reviewId === filter.reviewId) events.push(parsed.data)
    }
    return events.reverse()
  }

  /** Stops retrying; on shutdown. Lines still unwritten are logged as lost. */
  close(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer)
    this.retryTimer = null
    if (this.unwritten.length > 0) log.error('audit', `shutting down with ${this.unwritten.length} audit line(s) that could not be written`)
  }

  /** Writes every waiting line; resolves once those waiting when it was called are on disk. */
  private writeUnwritten(): Promise<void> {
    const write = this.writes.then(() => this.appendWaiting())
    this.writes = write.catch(() => undefined)
    return write
  }

  private async appendWaiting(): Promise<void> {
    if (this.unwritten.length === 0) return
    const lines = this.unwritten.slice()
    try {
      await this.fileSystem.mkdir(dirname(this.path), { recursive: true })
      await appendDurably(this.fileSystem, this.path, Buffer.from(lines.join(''), 'utf8'))
    } catch (error) {
      this.health.failed(AUDIT_SUBJECT, error)
      this.scheduleRetry()
      throw error
    }
    this.unwritten.splice(0, lines.length)
    this.retryDelay.reset()
    this.health.succeeded(AUDIT_SUBJECT)
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.writeUnwritten().catch(() => undefined)
    }, this.retryDelay.next())
    this.retryTimer.unref()
  }
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line)
  } catch {
    return null
  }
}

/** Appends and fsyncs; if that fails part-way, cuts the file back so no torn line is left. */
async function appendDurably(fileSystem: StorageFileSystem, path: string, bytes: Buffer): Promise<void> {
  const handle = await fileSystem.open(path, 'a+')
  try {
    const { size } = await handle.stat()
    try {
      await writeFully(handle, bytes, size)
      await handle.datasync()
    } catch (error) {
      await handle.truncate(size).catch(() => undefined)
      throw error
    }
  } finally {
    await handle.close()
  }
}
