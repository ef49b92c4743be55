import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DocumentPersistence } from '../../../server/collab/persistence.js'
import { FileDocumentStore } from '../../../server/storage/fileDocumentStore.js'
import { makeTempDir } from '../../helpers/tempDir.js'

const REPORT = 'review.child-k.report'
const TIMINGS = { appendWindowMs: 60_000, snapshotDebounceMs: 60_000, snapshotMaxWaitMs: 60_000, storageRetryMinMs: 1_000, storageRetryMaxMs: 1_000 }

describe('document persistence', () => {
  it('stores what waits in the append window with the snapshot, once, and has nothing left to save', async () => {
    const root = await makeTempDir()
    const store = new FileDocumentStore(root)
    const doc = new Y.Doc()
    let saves = 0
    const persistence = new DocumentPersistence(REPORT, doc, store, TIMINGS, () => (saves += 1))
    doc.getText('report').insert(0, 'Typed just before shutdown.')
    expect(persistence.hasPendingSave).toBe(true)

    await persistence.snapshot()
    persistence.stop()

    expect(persistence.hasPendingSave).toBe(false)
    expect(saves).toBe(1)
    expect(await store.stats(REPORT)).toMatchObject({ logRecords: 0 })
    await store.close()
    const reopened = new FileDocumentStore(root)
    const loaded = new Y.Doc()
    for (const update of await reopened.load(REPORT)) Y.applyUpdate(loaded, update)
    expect(loaded.getText('report').toString()).toBe('Typed just before shutdown.')
    persistence.destroy()
    await reopened.close()
  })
})
