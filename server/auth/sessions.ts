/**
 * @module
 * Sessions: a random token handed to the browser (as an httpOnly cookie) or to a script (as a bearer
 * token); only its SHA-256 is stored. A session ends on logout or after 12 hours without use.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { Database, StoredSession } from '../storage/database.js'
import { isStorageUnavailable } from '../storage/storageHealth.js'

export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000
/** Last-seen times are written at most this often, so reading pages does not rewrite the database. */
const TOUCH_INTERVAL_MS = 60 * 1000

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}

export class SessionService {
  constructor(
    private readonly database: Database,
    private readonly idleMs = SESSION_IDLE_MS,
  ) {}

  async create(userId: string, now = new Date()): Promise<string> {
    const token = randomBytes(32).toString('base64url')
    const session: StoredSession = { tokenHash: hashToken(token), userId, createdAt: now.toISOString(), lastSeenAt: now.toISOString() }
    await this.database.update((data) => {
      data.sessions = data.sessions.filter((existing) => !this.isExpired(existing, now))
      data.sessions.push(session)
    })
    return token
  }

  /** The live session for a token, refreshing its idle clock; null when unknown or expired. */
  async resolve(token: string, now = new Date()): Promise<StoredSession | null> {
    if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return null
    const tokenHash = hashToken(token)
    const session = this.database.data.sessions.find((candidate) => candidate.tokenHash === tokenHash)
    if (!session || this.isExpired(session, now)) return null
    if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_INTERVAL_MS) {
      // While the disk fails a session still works; its last use is written by a later request.
      await this.database
        .update(() => {
          session.lastSeenAt = now.toISOString()
        })
        .catch((error: unknown) => {
          if (!isStorageUnavailable(error)) throw error
        })
    }
    return session
  }

  /** Whether a token still names a live session, without refreshing it. */
  isLive(token: string, now = new Date()): boolean {
    const tokenHash = hashToken(token)
    const session = this.database.data.sessions.find((candidate) => candidate.tokenHash === tokenHash)
    return session !== undefined && !this.isExpired(session, now)
  }

  async revoke(token: string): Promise<void> {
    const tokenHash = hashToken(token)
    await this.database.update((data) => {
      data.sessions = data.sessions.filter((session) => session.tokenHash !== tokenHash)
    })
  }

  private isExpired(session: StoredSession, now: Date): boolean {
    return now.getTime() - new Date(session.lastSeenAt).getTime() > this.idleMs
  }
}
