import { appendFile, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { StorageError } from '../../../server/storage/documentStore.js'
import { FileDocumentStore } from '../../../server/storage/fileDocumentStore.js'
import { RECORD_HEADER_BYTES } from '../../../server/storage/records.js'
import { makeTempDir } from '../../helpers/tempDir.js'

const REPORT = 'review.child-k.report'

/** A document someone is typing into: each `type` returns the update it made. */
function typist() {
  const doc = new Y.Doc()
  const text = doc.getText('report')
  return {
    doc,
    type(words: string): Uint8Array {
      let made: Uint8Array | null = null
      const keep = (update: Uint8Array) => {
        made = update
      }
      doc.once('update', keep)
      text.insert(text.length, words)
      if (!made) throw new Error('typing made no update')
      return made
    },
  }
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc()
  for (const update of updates) Y.applyUpdate(doc, update)
  return doc.getText('report').toString()
}

async function withStore<T>(root: string, use: (store: FileDocumentStore) => Promise<T>): Promise<T> {
  const store = new FileDocumentStore(root)
  try {
    return await use(store)
  } finally {
    await store.close()
  }
}

async function onlyLogFile(dir: string): Promise<string> {
  const logs = (await readdir(dir)).filter((name) => name.startsWith('log-'))
  expect(logs).toHaveLength(1)
  return join(dir, logs[0])
}

describe('FileDocumentStore', () => {
  it('loads a document never stored as empty', async () => {
    const root = await makeTempDir()

    expect(await withStore(root, (store) => store.load(REPORT))).toEqual([])
  })

  it('loads every appended update, in order, after a restart', async () => {
    const root = await makeTempDir()
    const writer = typist()
    await withStore(root, async (store) => {
      await store.append(REPORT, writer.type('Child K was seen '))
      await Promise.all([store.append(REPORT, writer.type('at home ')), store.append(REPORT, writer.type('by the health visitor.'))])
    })

    const updates = await withStore(root, (store) => store.load(REPORT))

    expect(updates).toHaveLength(3)
    expect(textOf(updates)).toBe('Child K was seen at home by the health visitor.')
  })

  it('replaces the log with the snapshot on compact, and loads the snapshot', async () => {
    const root = await makeTempDir()
    const writer = typist()
    await withStore(root, async (store) => {
      await store.append(REPORT, writer.type('First draft. '))
      await store.append(REPORT, writer.type('Second draft.'))
      await store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
      expect(await store.stats(REPORT)).toMatchObject({ logRecords: 0, logBytes: 0 })
    })

    const updates = await withStore(root, (store) => store.load(REPORT))

    expect(updates).toHaveLength(1)
    expect(textOf(updates)).toBe('First draft. Second draft.')
  })

  it('keeps the appends made after a compact was called, while it is still writing', async () => {
    const root = await makeTempDir()
    const writer = typist()
    await withStore(root, async (store) => {
      const before = store.append(REPORT, writer.type('Before the snapshot. '))
      const compacted = store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
      const after = [store.append(REPORT, writer.type('Typed while it was written. ')), store.append(REPORT, writer.type('And more.'))]
      await Promise.all([before, compacted, ...after])
    })

    const updates = await withStore(root, (store) => store.load(REPORT))

    expect(textOf(updates)).toBe('Before the snapshot. Typed while it was written. And more.')
  })

  it('keeps every update across several compactions and restarts', async () => {
    const root = await makeTempDir()
    const writer = typist()
    for (const round of [1, 2, 3]) {
      await withStore(root, async (store) => {
        await store.append(REPORT, writer.type(`a${round} `))
        const compacted = store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
        await store.append(REPORT, writer.type(`b${round} `))
        await compacted
      })
    }

    expect(textOf(await withStore(root, (store) => store.load(REPORT)))).toBe('a1 b1 a2 b2 a3 b3 ')
  })

  it.each([
    ['a torn record', Buffer.from([0x20, 0, 0, 0, 0x12, 0x34])],
    ['zero bytes', Buffer.alloc(3 * RECORD_HEADER_BYTES)],
  ])('cuts a log tail of %s left by a crash, and loads later appends after it', async (_label, tail) => {
    const root = await makeTempDir()
    const writer = typist()
    await withStore(root, async (store) => {
      await store.append(REPORT, writer.type('Saved before the crash. '))
    })
    const log = await onlyLogFile(join(root, REPORT))
    const wholeBytes = (await stat(log)).size
    await appendFile(log, tail)

    await withStore(root, async (store) => {
      expect(textOf(await store.load(REPORT))).toBe('Saved before the crash. ')
      expect((await stat(log)).size).toBe(wholeBytes)
      await store.append(REPORT, writer.type('Typed after the restart.'))
    })

    expect(textOf(await withStore(root, (store) => store.load(REPORT)))).toBe('Saved before the crash. Typed after the restart.')
  })

  it('refuses to load a document whose snapshot is corrupt', async () => {
    const root = await makeTempDir()
    const writer = typist()
    await withStore(root, async (store) => {
      writer.type('A report worth keeping.')
      await store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
    })
    const snapshotPath = join(root, REPORT, 'snapshot.bin')
    const bytes = await readFile(snapshotPath)
    bytes[bytes.byteLength - 2] ^= 0xff
    await writeFile(snapshotPath, bytes)

    await expect(withStore(root, (store) => store.load(REPORT))).rejects.toThrow(StorageError)
  })

  it('never touches the files of another document', async () => {
    const root = await makeTempDir()
    const other = 'review.child-l.report'
    const writer = typist()
    const otherWriter = typist()
    await withStore(root, async (store) => {
      await store.append(other, otherWriter.type('Child L.'))
    })
    const otherDir = join(root, other)
    const filesBefore = await readdir(otherDir)
    const bytesBefore = await Promise.all(filesBefore.map((name) => readFile(join(otherDir, name))))

    await withStore(root, async (store) => {
      await store.append(REPORT, writer.type('Child K.'))
      await store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
      await store.append(REPORT, writer.type(' More.'))
      await store.load(REPORT)
    })

    expect(await readdir(otherDir)).toEqual(filesBefore)
    expect(await Promise.all(filesBefore.map((name) => readFile(join(otherDir, name))))).toEqual(bytesBefore)
    expect(textOf(await withStore(root, (store) => store.load(other)))).toBe('Child L.')
  })

  it.each(['../outside', 'review/child-k', 'Review.Child-K', ''])('refuses the document name %j', async (name) => {
    const root = await makeTempDir()

    await withStore(root, async (store) => {
      await expect((async () => store.append(name, new Uint8Array([0, 0])))()).rejects.toThrow(StorageError)
      await expect((async () => store.load(name))()).rejects.toThrow(StorageError)
    })
  })
})
