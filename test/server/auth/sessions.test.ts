import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { SESSION_IDLE_MS, SessionService } from '../../../server/auth/sessions.js'
import { openDatabase } from '../../../server/storage/database.js'
import { makeTempDir } from '../../helpers/tempDir.js'

const START = new Date('2024-05-01T09:00:00Z')
const MINUTE = 60_000
const later = (ms: number) => new Date(START.getTime() + ms)

async function openSessions(idleMs?: number) {
  const dataDir = await makeTempDir()
  const database = await openDatabase(dataDir)
  return { database, dataDir, sessions: new SessionService(database, idleMs) }
}

describe('sessions', () => {
  it('last 12 hours without use by default', () => {
    expect(SESSION_IDLE_MS).toBe(12 * 60 * MINUTE)
  })

  it('resolve a new token to its person', async () => {
    const { sessions } = await openSessions()

    const token = await sessions.create('user-1', START)

    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await sessions.resolve(token, later(MINUTE))).toMatchObject({ userId: 'user-1' })
  })

  it('end 12 hours after the last use, and not before', async () => {
    const { sessions } = await openSessions()
    // Two sessions, because resolving one counts as a use.
    const first = await sessions.create('user-1', START)
    const second = await sessions.create('user-1', START)

    expect(await sessions.resolve(first, later(SESSION_IDLE_MS))).not.toBeNull()
    expect(await sessions.resolve(second, later(SESSION_IDLE_MS + 1))).toBeNull()
  })

  it('are kept alive by use', async () => {
    const { sessions } = await openSessions()
    const token = await sessions.create('user-1', START)

    expect(await sessions.resolve(token, later(11 * 60 * MINUTE))).not.toBeNull()
    expect(await sessions.resolve(token, later(20 * 60 * MINUTE))).not.toBeNull()
    expect(await sessions.resolve(token, later(31 * 60 * MINUTE))).not.toBeNull()
    expect(await sessions.resolve(token, later(43 * 60 * MINUTE + 1))).toBeNull()
  })

  it('write the time of use at most once a minute, so reading pages does not rewrite the database', async () => {
    const { sessions, database } = await openSessions()
    const token = await sessions.create('user-1', START)

    await sessions.resolve(token, later(30_000))
    expect(database.data.sessions[0].lastSeenAt).toBe(START.toISOString())
    await sessions.resolve(token, later(2 * MINUTE))
    expect(database.data.sessions[0].lastSeenAt).toBe(later(2 * MINUTE).toISOString())
  })

  it('honour a shorter idle time', async () => {
    const { sessions } = await openSessions(5 * MINUTE)
    const first = await sessions.create('user-1', START)
    const second = await sessions.create('user-1', START)

    expect(await sessions.resolve(first, later(5 * MINUTE))).not.toBeNull()
    expect(await sessions.resolve(second, later(5 * MINUTE + 1))).toBeNull()
  })

  it('end when revoked, and only that one', async () => {
    const { sessions } = await openSessions()
    const kept = await sessions.create('user-1', START)
    const revoked = await sessions.create('user-1', START)

    await sessions.revoke(revoked)

    expect(await sessions.resolve(revoked, later(MINUTE))).toBeNull()
    expect(await sessions.resolve(kept, later(MINUTE))).toMatchObject({ userId: 'user-1' })
  })

  it.each([
    ['an unknown token', 'A'.repeat(43)],
    ['an empty token', ''],
    ['a token with characters no token has', `${'A'.repeat(40)}/..`],
    ['a token far too long', 'A'.repeat(5000)],
  ])('refuse %s', async (_label, token) => {
    const { sessions } = await openSessions()
    await sessions.create('user-1', START)

    expect(await sessions.resolve(token, later(MINUTE))).toBeNull()
  })

  it('store only a hash of the token, so a copy of the database hands out no session', async () => {
    const { sessions, dataDir } = await openSessions()
    const token = await sessions.create('user-1', START)

    const stored = await readFile(join(dataDir, 'db.json'), 'utf8')

    expect(stored).toContain('user-1')
    expect(stored).not.toContain(token)
  })

  it('survive a restart of the server', async () => {
    const { sessions, dataDir } = await openSessions()
    const token = await sessions.create('user-1', START)

    const reopened = new SessionService(await openDatabase(dataDir))

    expect(await reopened.resolve(token, later(MINUTE))).toMatchObject({ userId: 'user-1' })
  })

  it('drop expired sessions from the database when a new one is created', async () => {
    const { sessions, database } = await openSessions()
    await sessions.create('user-1', START)
    await sessions.create('user-2', later(6 * 60 * MINUTE))

    await sessions.create('user-3', later(SESSION_IDLE_MS + MINUTE))

    expect(database.data.sessions.map((session) => session.userId)).toEqual(['user-2', 'user-3'])
  })
})
