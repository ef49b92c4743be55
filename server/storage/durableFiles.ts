/**
 * @module
 * The file system calls the stores make, behind one small interface so that tests can make them fail
 * the way a full or broken disk does (ENOSPC after part of a write, EIO on fsync); and writing a whole
 * file durably: a temporary file, fsync, rename over the target, fsync of the folder. A crash at any
 * point leaves either the old file or the new one, never a torn one.
 */
import * as nodeFiles from 'node:fs/promises'
import { fdatasync, writeSync } from 'node:fs'
import { dirname } from 'node:path'
import { StorageError } from './documentStore.js'

export interface StoredFileHandle {
  /** May write fewer bytes than asked, as write(2) does when the disk fills up. */
  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }>
  writeFile(data: Uint8Array | string): Promise<void>
  datasync(): Promise<void>
  sync(): Promise<void>
  truncate(length: number): Promise<void>
  stat(): Promise<{ size: number }>
  close(): Promise<void>
}

export interface StorageFileSystem {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  open(path: string, flags: 'r' | 'r+' | 'w' | 'a+'): Promise<StoredFileHandle>
  readdir(path: string): Promise<string[]>
  readFile(path: string): Promise<Buffer>
  rename(from: string, to: string): Promise<void>
  stat(path: string): Promise<{ size: number }>
  unlink(path: string): Promise<void>
}

/**
 * An open file. Appends are small and land in the page cache, so they are written synchronously
 * (microseconds, and far less work per call than a thread-pool round trip); the fsync that makes them
 * durable is what takes time, and runs off the event loop.
 */
class NodeStoredFile implements StoredFileHandle {
  constructor(private readonly handle: nodeFiles.FileHandle) {}

  write(buffer: Uint8Array, offset: number, length: number, position: number): Promise<{ bytesWritten: number }> {
    try {
      return Promise.resolve({ bytesWritten: writeSync(this.handle.fd, buffer, offset, length, position) })
    } catch (error) {
      return Promise.reject(error)
    }
  }

  datasync(): Promise<void> {
    return new Promise((resolve, reject) => fdatasync(this.handle.fd, (error) => (error ? reject(error) : resolve())))
  }

  writeFile = (data: Uint8Array | string) => this.handle.writeFile(data)
  sync = () => this.handle.sync()
  truncate = (length: number) => this.handle.truncate(length)
  stat = () => this.handle.stat()
  close = () => this.handle.close()
}

export const nodeFileSystem: StorageFileSystem = {
  mkdir: (path, options) => nodeFiles.mkdir(path, options),
  open: async (path, flags) => new NodeStoredFile(await nodeFiles.open(path, flags)),
  readdir: (path) => nodeFiles.readdir(path),
  readFile: (path) => nodeFiles.readFile(path),
  rename: (from, to) => nodeFiles.rename(from, to),
  stat: (path) => nodeFiles.stat(path),
  unlink: (path) => nodeFiles.unlink(path),
}

export function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException)?.code === 'ENOENT'
}

/** Where `writeFileDurably` puts the new content before it replaces the file. */
export const temporaryPathOf = (path: string) => `${path}.tmp`

/** Opens a file, runs `use` on it and closes it, whether `use` succeeds or not. */
export async function withOpenFile(
  fileSystem: StorageFileSystem,
  path: string,
  flags: 'r' | 'r+' | 'w',
  use: (handle: StoredFileHandle) => Promise<void>,
): Promise<void> {
  const handle = await fileSystem.open(path, flags)
  try {
    await use(handle)
  } finally {
    await handle.close()
  }
}

/** Writes all of `bytes` at `position`, in as many calls as the disk needs; throws if it takes none. */
export async function writeFully(handle: StoredFileHandle, bytes: Uint8Array, position: number): Promise<void> {
  for (let written = 0; written < bytes.byteLength; ) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.byteLength - written, position + written)
    if (bytesWritten === 0) throw new StorageError('the disk took none of the bytes written')
    written += bytesWritten
  }
}

/** Makes a rename or a new file in the folder survive a crash. */
export function syncDirectory(fileSystem: StorageFileSystem, dir: string): Promise<void> {
  return withOpenFile(fileSystem, dir, 'r', (handle) => handle.sync())
}

export async function writeFileDurably(fileSystem: StorageFileSystem, path: string, content: Uint8Array | string): Promise<void> {
  const temporary = temporaryPathOf(path)
  await withOpenFile(fileSystem, temporary, 'w', async (handle) => {
    await handle.writeFile(content)
    await handle.sync()
  })
  await fileSystem.rename(temporary, path)
  await syncDirectory(fileSystem, dirname(path))
}
