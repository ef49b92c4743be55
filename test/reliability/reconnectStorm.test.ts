/**
 * @module
 * A reconnect storm: 200 stock providers on four documents of the demo review (the server lets 100
 * clients into one document) lose the server to a restart, type while it is away, and all come back
 * in the same moment: a relay in front of the server holds their new connections until the restarted
 * server is up, then lets every one through at once. Every client gets in and every copy converges.
 */
import { describe, expect, it, onTestFinished } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import { createProvider } from '../helpers/providers.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'
import { waitUntilConverged } from './support/convergence.js'
import { Random } from './support/random.js'
import { startRelay } from './support/relay.js'
import { findLostOrRepeated, Typist } from './support/typist.js'

const CLIENTS = 200
/**
 * The author and the panel members edit the report; each IMR is edited by its agency's IMR author
 * (the demo's for health, and one made here for each of police and education, whose IMRs are open).
 */
const AGENCY_AUTHORS = { police: 'police.imr@example.org', education: 'education.imr@example.org' }
const DOCUMENTS = [
  { name: DEMO_REPORT, editors: [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.panel2] },
  { name: 'review.child-k.imr-police', editors: [AGENCY_AUTHORS.police] },
  { name: 'review.child-k.imr-health', editors: [ACCOUNTS.agency] },
  { name: 'review.child-k.imr-education', editors: [AGENCY_AUTHORS.education] },
]
const WAIT = { timeoutMs: 60_000 }

/** A, B, ... Z, AA, AB ...: letters only, so a label and a count never run together. */
function labelOf(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26))
  return index < 26 ? letter : labelOf(Math.floor(index / 26) - 1) + letter
}

/** Through the API as the admin: an account that writes the agency's IMR, signed in. */
async function agencyAuthor(server: TestServer, agencyId: string, email: string): Promise<readonly [string, string]> {
  const admin = await server.login(ACCOUNTS.admin)
  const created = await server.fetchAs(admin, '/api/users', { method: 'POST', json: { email, name: `IMR author for ${agencyId}` } })
  const { password } = (await created.json()) as { password: string }
  await server.fetchAs(admin, '/api/reviews/child-k/members', { method: 'POST', json: { email, role: 'agency', agencyId } })
  return [email, await server.login(email, password)] as const
}

function copyOnServer(server: TestServer, documentName: string) {
  const document = server.collab.registry.find(documentName)
  if (!document) throw new Error(`the server does not have ${documentName} open`)
  return document.doc
}

describe('a reconnect storm', () => {
  it(`takes back ${CLIENTS} clients at once after a restart, and every copy converges`, async () => {
    // Each provider listens for the process's exit, which Node would report as a leak past ten.
    const listenerLimit = process.getMaxListeners()
    process.setMaxListeners(listenerLimit + CLIENTS)
    onTestFinished(() => void process.setMaxListeners(listenerLimit))
    const server = await startTestServer()
    const relay = await startRelay()
    relay.forwardTo(server.port)
    const tokens = new Map([
      ...(await Promise.all([ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.panel2, ACCOUNTS.agency].map(async (email) => [email, await server.login(email)] as const))),
      ...(await Promise.all(Object.entries(AGENCY_AUTHORS).map(([agencyId, email]) => agencyAuthor(server, agencyId, email)))),
    ])
    const clients = Array.from({ length: CLIENTS }, (_, index) => {
      const document = DOCUMENTS[index % DOCUMENTS.length]
      const editor = document.editors[Math.floor(index / DOCUMENTS.length) % document.editors.length]
      const provider = createProvider(relay.collabUrl, tokens.get(editor) ?? '', { documentName: document.name })
      return { documentName: document.name, provider, typist: new Typist(provider, labelOf(index), new Random(index + 1)) }
    })
    const providers = clients.map(({ provider }) => provider)
    await waitFor('every client has the document', () => providers.every((provider) => provider.synced), WAIT)
    for (const { typist } of clients) typist.typeOne()

    relay.forwardTo(null)
    await server.close()
    for (const { typist } of clients) typist.typeOne()
    await waitFor('every client is trying to reconnect', () => relay.waitingCount === CLIENTS, WAIT)
    const restarted = await startTestServer({ dataDir: server.dataDir })
    relay.forwardTo(restarted.port)

    await waitFor('every client is back', () => restarted.collab.connectionCount === CLIENTS && providers.every((provider) => provider.synced), WAIT)
    for (const { name } of DOCUMENTS) {
      const group = clients.filter(({ documentName }) => documentName === name)
      const groupProviders: WebsocketProvider[] = group.map(({ provider }) => provider)
      await waitUntilConverged(groupProviders, { docs: [copyOnServer(restarted, name)], ...WAIT })
      const typed = group.flatMap(({ typist }) => typist.typed)
      expect(findLostOrRepeated(groupProviders[0].doc, typed)).toEqual([])
    }
  }, 120_000)
})
