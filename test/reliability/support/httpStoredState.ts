/**
 * @module
 * What the server has stored, to compare before and after requests that must store nothing: the
 * lowdb file (without sessions, whose last-seen times move as requests come), each review's IMR file,
 * the audit log, the documents folder, and what the API lists to an admin.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ACCOUNTS, DEMO_REVIEW, type TestServer } from '../../helpers/testServer.js'

async function readIfPresent(path: string): Promise<string> {
  return existsSync(path) ? readFile(path, 'utf8') : ''
}

export async function storedState(server: TestServer): Promise<unknown> {
  const { sessions: _sessions, ...database } = JSON.parse(await readFile(join(server.dataDir, 'db.json'), 'utf8')) as Record<string, unknown>
  const documentsDir = join(server.dataDir, 'documents')
  const imrsDir = join(server.dataDir, 'imrs')
  const imrFiles = existsSync(imrsDir) ? (await readdir(imrsDir)).sort() : []
  const imrs = await Promise.all(imrFiles.map(async (name) => [name, await readFile(join(imrsDir, name), 'utf8')]))
  const admin = await server.login(ACCOUNTS.admin)
  const listings = await Promise.all(
    ['/api/users', '/api/reviews', `/api/reviews/${DEMO_REVIEW}/members`].map(async (path) => (await server.fetchAs(admin, path)).json()),
  )
  // The admin's own sign-in is the one thing recorded since; it is left out of the comparison.
  const audit = (await readIfPresent(join(server.dataDir, 'audit.log'))).split('\n').filter((line) => !line.includes('"login.succeeded"'))
  return {
    database,
    imrs,
    audit,
    documents: existsSync(documentsDir) ? (await readdir(documentsDir, { recursive: true })).sort() : [],
    listings,
  }
}
