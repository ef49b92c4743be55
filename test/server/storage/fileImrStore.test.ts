import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, onTestFinished } from 'vitest'
import { temporaryPathOf } from '../../../server/storage/durableFiles.js'
import { FileImrStore } from '../../../server/storage/fileImrStore.js'
import type { StoredImr } from '../../../server/storage/imrStore.js'
import { StorageHealth } from '../../../server/storage/storageHealth.js'
import { EMPTY_IMR_DETAILS } from '../../../shared/imr/imrDetails.js'
import { makeTempDir } from '../../helpers/tempDir.js'
import { waitFor } from '../../helpers/waitFor.js'

const imr = (agencyId: string): StoredImr => ({ agencyId, status: 'requested', signOff: null, details: structuredClone(EMPTY_IMR_DETAILS), entries: [], revision: 1, updatedAt: '2024-05-01T09:00:00.000Z' })

async function open(directory: string, health = new StorageHealth()) {
  const store = await FileImrStore.open(directory, { health, retry: { storageRetryMinMs: 10, storageRetryMaxMs: 50 } })
  onTestFinished(() => store.close())
  return store
}

describe('the file IMR store', () => {
  it('keeps each review in a file of its own, read back on opening', async () => {
    const directory = await makeTempDir()
    const store = await open(directory)

    await store.update('child-k', (imrs) => imrs.push(imr('health')))
    await store.update('other', (imrs) => imrs.push(imr('police')))

    const reopened = await open(directory)
    expect(reopened.imrsOf('child-k')).toEqual([imr('health')])
    expect(reopened.imrsOf('other')).toEqual([imr('police')])
    expect(reopened.imrsOf('none')).toEqual([])
  })

  it('undoes a change it could not store, tells the storage health about records (not documents), and stores again once the disk is back', async () => {
    const directory = await makeTempDir()
    const health = new StorageHealth()
    const store = await open(directory, health)
    await store.update('child-k', (imrs) => imrs.push(imr('health')))
    const blocker = temporaryPathOf(join(directory, 'child-k.json'))
    await mkdir(blocker)

    const failed = store.update('child-k', (imrs) => {
      imrs[0].status = 'received'
      imrs.push(imr('police'))
    })

    await expect(failed).rejects.toMatchObject({ code: 'storage_unavailable', status: 503 })
    expect(store.imrsOf('child-k')).toEqual([imr('health')])
    expect(health.report()).toMatchObject({ writable: false, databaseFailing: true, failingDocuments: 0 })
    await rm(blocker, { recursive: true })
    await waitFor('the retried write tells the disk is back', () => health.isWritable)
  })

  it('undoes a change that throws, and stops the server on a file that does not match', async () => {
    const directory = await makeTempDir()
    const store = await open(directory)
    await store.update('child-k', (imrs) => imrs.push(imr('health')))

    await expect(
      store.update('child-k', (imrs) => {
        imrs[0].revision = 99
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(store.imrsOf('child-k')[0].revision).toBe(1)

    await writeFile(join(directory, 'broken.json'), JSON.stringify({ version: 1, imrs: [{ agencyId: 'x' }] }))
    await expect(FileImrStore.open(directory)).rejects.toThrow(/broken\.json/)
  })
})
