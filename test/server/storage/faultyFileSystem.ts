/**
 * @module
 * The real file system, with faults a test can switch on the way a disk shows them: a disk with only
 * `spaceLeft` bytes free takes that much of a write (a short write) and then fails with ENOSPC;
 * fsync can fail with EIO; truncating can fail too. Reads are never touched.
 */
import { nodeFileSystem, type StorageFileSystem, type StoredFileHandle } from '../../../server/storage/durableFiles.js'

export interface DiskFaults {
  /** Bytes the disk still takes; Infinity when it is not full. */
  spaceLeft: number
  fsyncFails: boolean
  truncateFails: boolean
}

export interface FaultyFileSystem {
  fileSystem: StorageFileSystem
  faults: DiskFaults
  /** Everything works again. */
  heal(): void
}

function diskError(code: 'ENOSPC' | 'EIO'): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected by the test`), { code })
}

export function faultyFileSystem(): FaultyFileSystem {
  const faults: DiskFaults = { spaceLeft: Infinity, fsyncFails: false, truncateFails: false }
  /** How many of `length` bytes the disk takes now. */
  const take = (length: number) => {
    const taken = Math.min(length, faults.spaceLeft)
    faults.spaceLeft -= taken
    return taken
  }
  const wrap = (handle: StoredFileHandle): StoredFileHandle => ({
    async write(buffer, offset, length, position) {
      const taken = take(length)
      if (taken === 0 && length > 0) throw diskError('ENOSPC')
      return handle.write(buffer, offset, taken, position)
    },
    async writeFile(data) {
      const bytes = typeof data === 'string' ? Buffer.from(data) : data
      const taken = take(bytes.byteLength)
      await handle.writeFile(bytes.subarray(0, taken))
      if (taken < bytes.byteLength) throw diskError('ENOSPC')
    },
    datasync: () => (faults.fsyncFails ? Promise.reject(diskError('EIO')) : handle.datasync()),
    sync: () => (faults.fsyncFails ? Promise.reject(diskError('EIO')) : handle.sync()),
    truncate: (length) => (faults.truncateFails ? Promise.reject(diskError('EIO')) : handle.truncate(length)),
    stat: () => handle.stat(),
    close: () => handle.close(),
  })
  return {
    faults,
    fileSystem: { ...nodeFileSystem, open: async (path, flags) => wrap(await nodeFileSystem.open(path, flags)) },
    heal() {
      Object.assign(faults, { spaceLeft: Infinity, fsyncFails: false, truncateFails: false })
    },
  }
}
