/**
 * @module
 * The append-only audit log: one JSON line per event in `DATA_DIR/audit.log`, fsynced as it is
 * written. The product can add to it and read it; nothing in it edits or removes a line.
 */
import { appendFile, mkdir, open, readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { AuditEventSchema, type AuditEvent } from '../../shared/api/audit.js'
import { log } from '../log.js'

export type { AuditAction, AuditEvent } from '../../shared/api/audit.js'

export type NewAuditEvent = Omit<AuditEvent, 'at' | 'details' | 'reviewId' | 'ip'> &
  Partial<Pick<AuditEvent, 'details' | 'reviewId' | 'ip'>>

export class AuditLog {
  private writes: Promise<void> = Promise.resolve()

  constructor(private readonly path: string) {}

  /** Appends an event; resolves once it is on disk. */
  record(event: NewAuditEvent): Promise<void> {
    const line = JSON.stringify({
      at: new Date().toISOString(),
      reviewId: null,
      ip: null,
      details: {},
      ...event,
    } satisfies AuditEvent)
    const write = this.writes.then(async () => {
      await mkdir(dirname(this.path), { recursive: true })
      await appendFile(this.path, `${line}\n`, { encoding: 'utf8' })
      const handle = await open(this.path, 'r')
      try {
        await handle.datasync()
      } finally {
        await handle.close()
      }
    })
    this.writes = write.catch((error: unknown) => log.error('audit', 'could not write the audit log', error))
    return write
  }

  /** Events, newest first, optionally of one review only. Lines that do not parse are skipped and logged. */
  async read(filter: { reviewId?: string } = {}): Promise<AuditEvent[]> {
    await this.writes
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
      const parsed = AuditEventSchema.safeParse(JSON.parse(line))
      if (!parsed.success) {
        log.warn('audit', 'skipping an unreadable audit line')
        continue
      }
      if (filter.reviewId === undefined || parsed.data.reviewId === filter.reviewId) events.push(parsed.data)
    }
    return events.reverse()
  }
}
