import { appendFile, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { StorageError } from '../../../server/storage/documentStore.js'
import { nodeFileSystem, type StorageFileSystem } from '../../../server/storage/durableFiles.js'
import { FileDocumentStore } from '../../../server/storage/fileDocumentStore.js'
import { RECORD_HEADER_BYTES, encodeRecord, encodeSnapshot } from '../../../server/storage/records.js'
import { makeTempDir } from '../../helpers/tempDir.js'
import { faultyFileSystem, type FaultyFileSystem } from './faultyFileSystem.js'

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

async function withStore<T>(root: string, use: (store: FileDocumentStore) => Promise<T>, fileSystem?: StorageFileSystem): Promise<T> {
  const store = new FileDocumentStore(root, fileSystem)
  try {
    return await use(store)
  } finally {
    await store.close()
  }
}

/** A store holding one snapshot of `words`; returns the typist, to type more. */
async function storeSnapshotOf(root: string, words: string) {
  const writer = typist()
  writer.type(words)
  await withStore(root, (store) => store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc)))
  return writer
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
    await storeSnapshotOf(root, 'A report worth keeping.')
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

  describe('on a failing disk', () => {
    /** A store on a disk the test makes fail, and someone typing; returns the store's folder. */
    async function onFaultyDisk(
      use: (store: FileDocumentStore, disk: FaultyFileSystem, writer: ReturnType<typeof typist>, root: string) => Promise<void>,
    ): Promise<string> {
      const root = await makeTempDir()
      const disk = faultyFileSystem()
      await withStore(root, (store) => use(store, disk, typist(), root), disk.fileSystem)
      return root
    }

    it('cuts a log back to its last whole record when the disk fills mid-append, and stores everything once there is space', async () => {
      const root = await onFaultyDisk(async (store, disk, writer, root) => {
        await store.append(REPORT, writer.type('Stored before the disk filled. '))
        const log = await onlyLogFile(join(root, REPORT))
        const wholeBytes = (await stat(log)).size
        disk.faults.spaceLeft = 5

        await expect(store.append(REPORT, writer.type('Typed on a full disk. '))).rejects.toMatchObject({ cause: { code: 'ENOSPC' } })
        await expect(store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))).rejects.toMatchObject({ code: 'ENOSPC' })
        expect((await stat(log)).size).toBe(wholeBytes)
        expect(textOf(await withStore(root, (reader) => reader.load(REPORT)))).toBe('Stored before the disk filled. ')

        disk.heal()
        await store.append(REPORT, writer.type('Typed once there was space.'))
        await store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
      })

      expect(textOf(await withStore(root, (store) => store.load(REPORT)))).toBe(
        'Stored before the disk filled. Typed on a full disk. Typed once there was space.',
      )
    })

    it('does not keep records whose fsync failed', async () => {
      await onFaultyDisk(async (store, disk, writer, root) => {
        await store.append(REPORT, writer.type('Synced. '))
        const wholeBytes = (await stat(await onlyLogFile(join(root, REPORT)))).size
        disk.faults.fsyncFails = true

        await expect(store.append(REPORT, writer.type('Never synced.'))).rejects.toMatchObject({ cause: { code: 'EIO' } })
        expect((await stat(await onlyLogFile(join(root, REPORT)))).size).toBe(wholeBytes)
      })
    })

    it('appends nothing more to a log whose torn tail could not be cut, and the next snapshot replaces it', async () => {
      const root = await onFaultyDisk(async (store, disk, writer, root) => {
        await store.append(REPORT, writer.type('Whole. '))
        Object.assign(disk.faults, { spaceLeft: 3, truncateFails: true })
        await expect(store.append(REPORT, writer.type('Torn. '))).rejects.toThrow(StorageError)
        disk.heal()

        // The torn bytes are still there, so a record after them would be hidden on load.
        await expect(store.append(REPORT, writer.type('Refused. '))).rejects.toThrow(StorageError)
        expect(textOf(await withStore(root, (reader) => reader.load(REPORT)))).toBe('Whole. ')

        await store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
        await store.append(REPORT, writer.type('After the snapshot.'))
      })

      expect(textOf(await withStore(root, (store) => store.load(REPORT)))).toBe('Whole. Torn. Refused. After the snapshot.')
    })

    it('reads the folder again after a failed first read, so no log is numbered below the snapshot', async () => {
      const root = await makeTempDir()
      const writer = await storeSnapshotOf(root, 'In the snapshot. ')
      const failingReads: StorageFileSystem = { ...nodeFileSystem, readdir: () => Promise.reject(Object.assign(new Error('EIO'), { code: 'EIO' })) }
      let fileSystem = failingReads
      const switching: StorageFileSystem = { ...nodeFileSystem, readdir: (path) => fileSystem.readdir(path) }
      await withStore(
        root,
        async (store) => {
          await expect(store.append(REPORT, writer.type('Refused while the folder cannot be read. '))).rejects.toThrow(StorageError)
          fileSystem = nodeFileSystem
          writer.type('Appended once it can.')
          await store.append(REPORT, Y.encodeStateAsUpdate(writer.doc))
        },
        switching,
      )

      expect(textOf(await withStore(root, (store) => store.load(REPORT)))).toBe(
        'In the snapshot. Refused while the folder cannot be read. Appended once it can.',
      )
    })
  })

  describe('after a write torn by a crash', () => {
    const texts = ['Child K ', 'was seen ', 'at home ', 'by the health visitor.']

    it('loads the whole records before the cut, wherever the last log is cut', async () => {
      const root = await makeTempDir()
      const writer = typist()
      const records = texts.map((words) => encodeRecord(writer.type(words)))
      const log = Buffer.concat(records)
      const recordEnds = records.map((_record, index) => Buffer.concat(records.slice(0, index + 1)).byteLength)
      const dir = join(root, REPORT)
      await mkdir(dir)

      for (let cut = 0; cut <= log.byteLength; cut++) {
        await writeFile(join(dir, 'log-1.bin'), log.subarray(0, cut))
        const wholeRecords = recordEnds.filter((end) => end <= cut).length

        expect(textOf(await withStore(root, (store) => store.load(REPORT))), `cut at byte ${cut}`).toBe(texts.slice(0, wholeRecords).join(''))
      }
    })

    it('loads what was stored, wherever a snapshot was cut while it was written', async () => {
      const root = await makeTempDir()
      const writer = typist()
      await withStore(root, async (store) => {
        await store.append(REPORT, writer.type(texts[0]))
        await store.compact(REPORT, Y.encodeStateAsUpdate(writer.doc))
        await store.append(REPORT, writer.type(texts[1]))
      })
      const dir = join(root, REPORT)
      const filesBefore = (await readdir(dir)).sort()
      const next = encodeSnapshot({ coversGeneration: 99, state: Y.encodeStateAsUpdate(writer.doc) })

      for (let cut = 0; cut <= next.byteLength; cut++) {
        await writeFile(join(dir, 'snapshot.bin.tmp'), next.subarray(0, cut))

        expect(textOf(await withStore(root, (store) => store.load(REPORT))), `cut at byte ${cut}`).toBe(texts.slice(0, 2).join(''))
      }
      expect((await readdir(dir)).sort()).toEqual([...filesBefore, 'snapshot.bin.tmp'].sort())
    })
  })
})
