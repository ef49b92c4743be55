/**
 * @module
 * The file system the stores use, counting what goes to disk: bytes written, write calls, fsyncs,
 * snapshot files written. Wraps the real one; for the storage benchmark.
 */
import { nodeFileSystem, type StorageFileSystem, type StoredFileHandle } from '../../../server/storage/durableFiles.js'

export interface WriteCounts {
  writeCalls: number
  bytesWritten: number
  syncs: number
  /** Whole files written (snapshots through their temporary file). */
  filesWritten: number
}

export function countingFileSystem(): { fileSystem: StorageFileSystem; counts: WriteCounts } {
  const counts: WriteCounts = { writeCalls: 0, bytesWritten: 0, syncs: 0, filesWritten: 0 }
  const wrap = (handle: StoredFileHandle): StoredFileHandle => ({
    async write(buffer, offset, length, position) {
      const result = await handle.write(buffer, offset, length, position)
      counts.writeCalls += 1
      counts.bytesWritten += result.bytesWritten
      return result
    },
    async writeFile(data) {
      await handle.writeFile(data)
      counts.filesWritten += 1
      counts.bytesWritten += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength
    },
    async datasync() {
      await handle.datasync()
      counts.syncs += 1
    },
    async sync() {
      await handle.sync()
      counts.syncs += 1
    },
    truncate: (length) => handle.truncate(length),
    stat: () => handle.stat(),
    close: () => handle.close(),
  })
  return {
    counts,
    fileSystem: { ...nodeFileSystem, open: async (path, flags) => wrap(await nodeFileSystem.open(path, flags)) },
  }
}
