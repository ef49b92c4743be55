/**
 * The data folder becomes unwritable mid-session. The fault is real and portable (tests run as root,
 * where permissions do not stop a write, and no full disk can be mounted): the documents folder is
 * moved away and a plain file put in its place, so every new file under it fails with ENOTDIR; a
 * folder where the database's new file goes makes its writes fail with EISDIR. A full disk (ENOSPC,
 * short writes, failed fsync) is injected in the storage unit tests (test/server/storage).
 */
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import { z } from 'zod'
import { log } from '../../server/log.js'
import { temporaryPathOf } from '../../server/storage/durableFiles.js'
import { connectProvider } from '../helpers/providers.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { connectSavedStateProvider, isSaved, type SavedStateTracker } from '../helpers/savedState.js'
import { ACCOUNTS, ADMIN_PASSWORD, DEMO_REPORT, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const FAST_TIMINGS = { snapshotDebounceMs: 50, snapshotMaxWaitMs: 200, storageRetryMinMs: 50, storageRetryMaxMs: 200 }

const HealthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  loadedDocuments: z.number(),
  connections: z.number(),
  storage: z.object({
    writable: z.boolean(),
    failingSince: z.iso.datetime().nullable(),
    failingDocuments: z.number(),
    databaseFailing: z.boolean(),
    lastError: z.string().nullable(),
  }),
})

async function healthOf(server: TestServer): Promise<{ httpStatus: number; body: z.infer<typeof HealthSchema>; text: string }> {
  const response = await fetch(`${server.url}/api/health`)
  const text = await response.text()
  return { httpStatus: response.status, body: HealthSchema.parse(JSON.parse(text)), text }
}

interface Fault {
  repair(): Promise<void>
}

/** The documents folder is moved away and a plain file takes its place: writes under it fail with ENOTDIR. */
async function breakDocumentsFolder(dataDir: string): Promise<Fault & { movedTo: string }> {
  const folder = join(dataDir, 'documents')
  const movedTo = `${folder}.away`
  await rename(folder, movedTo)
  await writeFile(folder, 'not a folder')
  return {
    movedTo,
    async repair() {
      await rm(folder)
      await rename(movedTo, folder)
    },
  }
}

/** A folder where the database's new file must be written: its writes fail with EISDIR. */
async function breakDatabaseFile(dataDir: string): Promise<Fault> {
  const blocker = temporaryPathOf(join(dataDir, 'db.json'))
  await mkdir(blocker)
  return { repair: () => rm(blocker, { recursive: true }) }
}

/** Every file under a folder with its size, to show that nothing was deleted or changed. */
async function listFiles(dir: string): Promise<Record<string, number>> {
  const files: Record<string, number> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length)] = (await stat(path)).size
  }
  return files
}

/** The lines the server logged about storage, by level. */
function watchStorageLog() {
  const lines = { error: [] as string[], info: [] as string[] }
  vi.spyOn(log, 'error').mockImplementation((area, message) => {
    if (area === 'storage') lines.error.push(message)
  })
  vi.spyOn(log, 'info').mockImplementation((area, message) => {
    if (area === 'storage') lines.info.push(message)
  })
  vi.spyOn(log, 'warn').mockImplementation(() => undefined)
  return lines
}

async function connectWriter(server: TestServer, email: string): Promise<{ provider: WebsocketProvider; tracker: SavedStateTracker }> {
  return connectSavedStateProvider(server.collabUrl, await server.login(email))
}

async function waitUntilStorageFails(server: TestServer): Promise<void> {
  await waitFor('the health check says storage is failing', async () => !(await healthOf(server)).body.storage.writable)
}

/** A fresh server on the same data folder and a fresh client: what they see is what was stored. */
async function reopen(server: TestServer): Promise<WebsocketProvider> {
  await server.close()
  const next = await startTestServer({ dataDir: server.dataDir })
  return connectProvider(next.collabUrl, await next.login(ACCOUNTS.panel2))
}

describe('when the disk fails mid-session', () => {
  afterEach(() => vi.restoreAllMocks())

  it('keeps serving, says so, never says saved, and stores everything once the disk is back', async () => {
    const logged = watchStorageLog()
    const server = await startTestServer({ collab: FAST_TIMINGS })
    const author = await server.login(ACCOUNTS.author)
    const admin = await server.login(ACCOUNTS.admin, ADMIN_PASSWORD)
    // Signing in stores a session, so whoever joins during the fault signed in before it.
    const latecomer = await server.login(ACCOUNTS.panel2)
    const writer = await connectWriter(server, ACCOUNTS.author)
    const peer = await connectWriter(server, ACCOUNTS.panel)
    const typed = [uniqueText('typed before the fault')]
    appendParagraph(writer.provider.doc, typed[0])
    await waitFor('the first edit is saved', () => isSaved(writer.provider, writer.tracker))
    const healthy = await healthOf(server)
    expect(healthy.httpStatus).toBe(200)
    expect(healthy.body).toMatchObject({ status: 'ok', storage: { writable: true, failingSince: null, failingDocuments: 0, lastError: null } })

    const documents = await breakDocumentsFolder(server.dataDir)
    const database = await breakDatabaseFile(server.dataDir)
    typed.push(uniqueText('typed as the disk failed'))
    appendParagraph(writer.provider.doc, typed[1])
    await waitUntilStorageFails(server)
    expect((await healthOf(server)).body.storage.lastError).toMatch(/^(ENOTDIR|ENOENT)$/)

    // Both keep typing, see each other's text, and a newcomer is served the document.
    const fromWriter = uniqueText('typed by the author while the disk fails')
    const fromPeer = uniqueText('typed by the panel while the disk fails')
    typed.push(fromWriter, fromPeer)
    appendParagraph(writer.provider.doc, fromWriter)
    appendParagraph(peer.provider.doc, fromPeer)
    await waitFor('each sees the other', () => hasText(peer.provider.doc, fromWriter) && hasText(writer.provider.doc, fromPeer))
    const newcomer = await connectProvider(server.collabUrl, latecomer)
    expect(hasText(newcomer.doc, fromWriter) && hasText(newcomer.doc, fromPeer)).toBe(true)

    // Changes to reviews are refused whole, and nothing of them is kept.
    const { title } = z.object({ title: z.string() }).parse(await (await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}`)).json())
    const renamed = await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}`, { method: 'PATCH', json: { title: 'Renamed on a broken disk' } })
    expect(renamed.status).toBe(503)
    expect(await renamed.json()).toMatchObject({ error: { code: 'storage_unavailable', message: expect.any(String) } })
    const created = await server.fetchAs(admin, '/api/reviews', { method: 'POST', json: { id: 'child-m', title: 'Child M', kind: 'rapid-review' } })
    expect(created.status).toBe(503)
    expect(await created.json()).toMatchObject({ error: { code: 'storage_unavailable' } })
    expect(await (await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}`)).json()).toMatchObject({ title })
    expect((await server.fetchAs(admin, '/api/reviews/child-m')).status).toBe(404)

    const failing = await healthOf(server)
    expect(failing.httpStatus).toBe(200)
    expect(failing.body).toMatchObject({
      status: 'degraded',
      loadedDocuments: 1,
      storage: { writable: false, failingSince: expect.any(String), failingDocuments: 1, databaseFailing: true, lastError: 'EISDIR' },
    })
    expect(failing.text).not.toContain('review.')
    expect(isSaved(writer.provider, writer.tracker)).toBe(false)
    expect(isSaved(peer.provider, peer.tracker)).toBe(false)
    expect(logged.error).toHaveLength(1)

    await documents.repair()
    await database.repair()
    await waitFor('every edit is saved and storage is healthy', async () =>
      isSaved(writer.provider, writer.tracker) && isSaved(peer.provider, peer.tracker) && (await healthOf(server)).body.status === 'ok',
    )
    expect((await healthOf(server)).body.storage).toEqual({ writable: true, failingSince: null, failingDocuments: 0, databaseFailing: false, lastError: null })
    expect(logged).toEqual({ error: [expect.stringContaining('cannot write')], info: [expect.stringContaining('writable again')] })
    const renamedLater = await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}`, { method: 'PATCH', json: { title: 'Renamed once the disk is back' } })
    expect(renamedLater.status).toBe(200)

    const reader = await reopen(server)
    for (const text of typed) expect(hasText(reader.doc, text), text).toBe(true)
  })

  it('keeps a document nobody has open in memory until it is stored', async () => {
    watchStorageLog()
    const server = await startTestServer({ collab: FAST_TIMINGS })
    const writer = await connectWriter(server, ACCOUNTS.author)
    const documents = await breakDocumentsFolder(server.dataDir)
    const typed = uniqueText('typed just before leaving')
    appendParagraph(writer.provider.doc, typed)
    await waitUntilStorageFails(server)

    writer.provider.destroy()
    await waitFor('the server has seen the client leave', () => server.collab.connectionCount === 0)
    expect(server.collab.registry.find(DEMO_REPORT)).toBeDefined()

    await documents.repair()
    await waitFor('the document is stored and unloaded', () => server.collab.registry.find(DEMO_REPORT) === undefined)
    expect((await healthOf(server)).body.status).toBe('ok')
    expect(hasText((await reopen(server)).doc, typed)).toBe(true)
  })

  it('shuts down without hanging while the disk still fails, and deletes nothing', async () => {
    const logged = watchStorageLog()
    const server = await startTestServer({ collab: FAST_TIMINGS })
    const writer = await connectWriter(server, ACCOUNTS.author)
    const stored = uniqueText('stored before the fault')
    appendParagraph(writer.provider.doc, stored)
    await waitFor('the edit is saved', () => isSaved(writer.provider, writer.tracker))
    const documents = await breakDocumentsFolder(server.dataDir)
    appendParagraph(writer.provider.doc, uniqueText('typed on the broken disk'))
    await waitUntilStorageFails(server)
    const filesBefore = await listFiles(documents.movedTo)

    await server.close()

    expect(await listFiles(documents.movedTo)).toEqual(filesBefore)
    expect(logged.error).toContainEqual(expect.stringContaining('shutting down with 1 document'))
    await documents.repair()
    writer.provider.destroy()
    expect(hasText((await reopen(server)).doc, stored)).toBe(true)
  })
})
