import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { openDatabase, type DatabaseOptions, type StoredSession, type StoredUser } from '../../../server/storage/database.js'
import { nodeFileSystem, temporaryPathOf } from '../../../server/storage/durableFiles.js'
import { StorageHealth } from '../../../server/storage/storageHealth.js'
import { makeTempDir } from '../../helpers/tempDir.js'
import { waitFor } from '../../helpers/waitFor.js'

const CREATED = '2024-05-01T09:00:00.000Z'
const user = (id: string, name: string): StoredUser => ({
  id,
  email: `${id}@example.org`,
  name,
  isAdmin: false,
  passwordHash: 'hash',
  failedLogins: 0,
  lockedUntil: null,
  createdAt: CREATED,
})
const session: StoredSession = { tokenHash: 'token-hash', userId: 'u1', createdAt: CREATED, lastSeenAt: CREATED }

async function open(dataDir: string, options: DatabaseOptions = {}) {
  const database = await openDatabase(dataDir, { retry: { storageRetryMinMs: 10, storageRetryMaxMs: 50 }, ...options })
  onTestFinished(() => database.close())
  return database
}

describe('the database', () => {
  it('undoes a change it could not store, keeps every object the same object, and stores again once the disk is back', async () => {
    const dataDir = await makeTempDir()
    const health = new StorageHealth()
    const database = await open(dataDir, { health })
    await database.update((data) => {
      data.users.push(user('u1', 'Ann'))
    })
    const held = database.data.users[0]
    const before = structuredClone(database.data)
    // A folder where the new file must go: the write fails as on a broken disk, even for root.
    const blocker = temporaryPathOf(join(dataDir, 'db.json'))
    await mkdir(blocker)

    const failed = database.update((data) => {
      held.name = 'Changed'
      data.sessions.push(session)
    })

    await expect(failed).rejects.toMatchObject({ code: 'storage_unavailable', status: 503 })
    expect(database.data).toEqual(before)
    expect(database.data.users[0]).toBe(held)
    expect((await open(dataDir)).data).toEqual(before)
    expect(health.report()).toMatchObject({ writable: false, databaseFailing: true, lastError: 'EISDIR' })

    await rm(blocker, { recursive: true })
    await waitFor('the retried write tells the disk is back', () => health.isWritable)
    await database.update((data) => {
      data.sessions.push(session)
    })
    expect((await open(dataDir)).data.sessions).toEqual([session])
  })

  it('stores changes one at a time, so undoing a failed one never undoes another', async () => {
    const dataDir = await makeTempDir()
    let failuresLeft = 0
    const fileSystem = {
      ...nodeFileSystem,
      open: (path: string, flags: 'r' | 'r+' | 'w' | 'a+') =>
        flags === 'w' && failuresLeft-- > 0 ? Promise.reject(Object.assign(new Error('full'), { code: 'ENOSPC' })) : nodeFileSystem.open(path, flags),
    }
    const database = await open(dataDir, { fileSystem })
    failuresLeft = 1

    const results = await Promise.allSettled([
      database.update((data) => {
        data.users.push(user('u1', 'Refused'))
      }),
      database.update((data) => {
        data.users.push(user('u2', 'Stored'))
      }),
    ])

    expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled'])
    expect(database.data.users.map((stored) => stored.name)).toEqual(['Stored'])
    expect((await open(dataDir)).data.users.map((stored) => stored.name)).toEqual(['Stored'])
  })

  it('opens with what was stored, wherever a write was cut by a crash', async () => {
    const dataDir = await makeTempDir()
    const database = await open(dataDir)
    await database.update((data) => {
      data.users.push(user('u1', 'Stored'))
    })
    const stored = structuredClone(database.data)
    const next = JSON.stringify({ ...stored, users: [...stored.users, user('u2', 'Being written')] }, null, 2)

    for (let cut = 0; cut <= next.length; cut += 7) {
      await writeFile(temporaryPathOf(join(dataDir, 'db.json')), next.slice(0, cut))

      expect((await open(dataDir)).data, `cut at byte ${cut}`).toEqual(stored)
    }
  })
})
