/**
 * @module
 * How long a stored document takes to reach a new client, and what it costs the server to hold:
 * - first load in a new server process (the code paths are not yet compiled by V8),
 * - cold load on a running server: the document is on disk only (unloaded after its last client left),
 * - warm: another client has it open,
 * - the halves of a load alone (reading the files, applying them to a Y.Doc), and
 * - the server's heap with the document loaded and without it.
 */
import { cpSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import * as Y from 'yjs'
import { startServer } from '../../../server/server.js'
import type { DocumentStore } from '../../../server/storage/documentStore.js'
import { FileDocumentStore } from '../../../server/storage/fileDocumentStore.js'
import { ACCOUNTS, ADMIN_PASSWORD, DEMO_PASSWORD, signIn } from '../../support/accounts.js'
import { spawnServerProcess } from '../../support/serverProcess.js'
import { createNodeProvider, waitForSync } from './nodeProvider.js'
import { sleep } from './processes.js'
import { makeTempDir } from './tempDir.js'

export interface FolderSize {
  snapshotBytes: number
  logFiles: number
  logBytes: number
  totalBytes: number
}

export function measureFolder(dir: string): FolderSize {
  const size: FolderSize = { snapshotBytes: 0, logFiles: 0, logBytes: 0, totalBytes: 0 }
  for (const name of readdirSync(dir)) {
    const bytes = statSync(join(dir, name)).size
    size.totalBytes += bytes
    if (name === 'snapshot.bin') size.snapshotBytes = bytes
    if (/^log-\d+\.bin$/.test(name)) {
      size.logFiles += 1
      size.logBytes += bytes
    }
  }
  return size
}

export function startInProcess(dataDir: string, documentStore?: DocumentStore) {
  return startServer({
    documentStore,
    port: 0,
    host: '127.0.0.1',
    dataDir,
    seedDemo: true,
    clientDir: makeTempDir('bench-client-'),
    adminEmail: ACCOUNTS.admin,
    adminPassword: ADMIN_PASSWORD,
    demoPassword: DEMO_PASSWORD,
  })
}

/** Throws unless a replica holds the expected document. */
export type DocumentCheck = (doc: Y.Doc) => void

async function timeSync(collabUrl: string, token: string, documentName: string, check: DocumentCheck): Promise<number> {
  const doc = new Y.Doc()
  const startedAt = performance.now()
  const provider = createNodeProvider(collabUrl, token, documentName, doc)
  await waitForSync(provider)
  const ms = performance.now() - startedAt
  check(doc)
  provider.destroy()
  doc.destroy()
  return ms
}

async function loadedDocuments(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/health`)
  const body = (await response.json()) as { loadedDocuments?: unknown }
  if (typeof body.loadedDocuments !== 'number') throw new Error('/api/health has no loadedDocuments')
  return body.loadedDocuments
}

export interface LoadTimes {
  /** The first load after the process started. */
  firstMs: number
  /** Later loads from disk on the same, running process (the document unloaded in between). */
  coldMs: number[]
  /** Syncs while another client holds the document. */
  warmMs: number[]
}

/** On a server process started here (as `npm start` runs it), over `dataDir`. */
export async function timeLoads(dataDir: string, documentName: string, runs: number, check: DocumentCheck): Promise<LoadTimes> {
  const server = await spawnServerProcess(dataDir, { bundled: true })
  try {
    const token = await signIn(server.url, ACCOUNTS.author)
    const unloaded = async () => {
      while ((await loadedDocuments(server.url)) > 0) await sleep(20)
    }
    const firstMs = await timeSync(server.collabUrl, token, documentName, check)
    const coldMs: number[] = []
    for (let run = 0; run < runs; run++) {
      await unloaded()
      coldMs.push(await timeSync(server.collabUrl, token, documentName, check))
    }
    const holderDoc = new Y.Doc()
    const holder = createNodeProvider(server.collabUrl, token, documentName, holderDoc)
    await waitForSync(holder)
    const warmMs: number[] = []
    for (let run = 0; run < runs; run++) warmMs.push(await timeSync(server.collabUrl, token, documentName, check))
    holder.destroy()
    holderDoc.destroy()
    return { firstMs, coldMs, warmMs }
  } finally {
    await server.stop()
  }
}

export interface ServerSideLoad {
  /** `registry.acquire` in this process, of copies of the document (the first load already done). */
  acquireMs: number[]
  /** FileDocumentStore.load alone. */
  readMs: number[]
  /** Applying what it read to a fresh Y.Doc alone. */
  applyMs: number[]
  records: number
  /** Heap growth (after a full GC) per loaded copy of the document, with `runs` copies loaded at once. */
  heapBytes: number
}

const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc')
  return runInNewContext('gc') as () => void
})()

function settledHeap(): number {
  for (let round = 0; round < 3; round++) collectGarbage()
  return process.memoryUsage().heapUsed
}

/** Copies of a stored document under other names, to load several at once. */
function copyDocument(dataDir: string, documentName: string, copies: number): string[] {
  const names = Array.from({ length: copies }, (_, index) => documentName.replace(/\.report$/, `-copy-${index + 1}.report`))
  for (const name of names) cpSync(join(dataDir, 'documents', documentName), join(dataDir, 'documents', name), { recursive: true })
  return names
}

export async function measureServerSide(dataDir: string, documentName: string, runs: number, check: DocumentCheck): Promise<ServerSideLoad> {
  const result: ServerSideLoad = { acquireMs: [], readMs: [], applyMs: [], records: 0, heapBytes: 0 }
  const copies = copyDocument(dataDir, documentName, runs + 1)
  const server = await startInProcess(dataDir)
  const { registry } = server.collab
  // One load first, so that compiled code and one-time caches are not counted as the documents' memory.
  registry.release(await registry.acquire(copies[0]))
  while (registry.loadedCount > 0) await sleep(5)
  const before = settledHeap()
  const held = []
  for (const name of copies.slice(1)) {
    const startedAt = performance.now()
    const document = await registry.acquire(name)
    result.acquireMs.push(performance.now() - startedAt)
    check(document.doc)
    held.push(document)
  }
  result.heapBytes = (settledHeap() - before) / held.length
  for (const document of held) registry.release(document)
  while (registry.loadedCount > 0) await sleep(5)
  await server.close()
  for (let run = 0; run < runs; run++) {
    const store = new FileDocumentStore(join(dataDir, 'documents'))
    const readStartedAt = performance.now()
    const updates = await store.load(documentName)
    result.readMs.push(performance.now() - readStartedAt)
    const doc = new Y.Doc()
    const applyStartedAt = performance.now()
    Y.transact(doc, () => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    result.applyMs.push(performance.now() - applyStartedAt)
    result.records = updates.length
    doc.destroy()
    await store.close()
  }
  return result
}
