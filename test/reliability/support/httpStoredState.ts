/**
 * @module
 * What the server has stored, to compare before and after requests that must store nothing: the
 * lowdb file (without sessions, whose last-seen times move as requests come), each review's IMR file and
 * action plan file, the audit log, the documents folder, and what the API lists to an admin.
 */
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ACCOUNTS, DEMO_REVIEW, type TestServer } from '../../helpers/testServer.js'

async function filesIn(directory: string): Promise<string[][]> {
  const names = existsSync(directory) ? (await readdir(directory)).sort() : []
  return Promise.all(names.map(async (name) => [name, await readFile(join(directory, name), 'utf8')]))
}

async function readIfPresent(path: string): Promise<string> {
  return existsSync(path) ? readFile(path, 'utf8') : ''
}

export async function storedState(server: TestServer): Promise<unknown> {
  const { sessions: _sessions, ...database } = JSON.parse(await readFile(join(server.dataDir, 'db.json'), 'utf8')) as Record<string, unknown>
  const documentsDir = join(server.dataDir, 'documents')
  const imrs = await filesIn(join(server.dataDir, 'imrs'))
  const actionPlans = await filesIn(join(server.dataDir, 'action-plans'))
  const admin = await server.login(ACCOUNTS.admin)
  const listings = await Promise.all(
    ['/api/users', '/api/reviews', `/api/reviews/${DEMO_REVIEW}/members`].map(async (path) => (await server.fetchAs(admin, path)).json()),
  )
  // The admin's own sign-in is the one thing recorded since; it is left out of the comparison.
  const audit = (await readIfPresent(join(server.dataDir, 'audit.log'))).split('\n').filter((line) => !line.includes('"login.succeeded"'))
  return {
    database,
    imrs,
    actionPlans,
    audit,
    documents: existsSync(documentsDir) ? (await readdir(documentsDir, { recursive: true })).sort() : [],
    listings,
  }
}
