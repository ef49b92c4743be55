import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { z } from 'zod'
import { SESSION_COOKIE, UserSchema } from '../../shared/api/auth.js'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { MessageType, SAVED_STATE_PARAM } from '../../shared/collab/messages.js'
import { probeAccess, type AccessOutcome as Outcome } from '../helpers/accessProbe.js'
import { connectProvider, createProvider, waitUntilSynced } from '../helpers/providers.js'
import { documentUrl, openRawSocket, refusedUpgrade } from '../helpers/rawSocket.js'
import { appendParagraph, hasText, uniqueText } from '../helpers/reportEdits.js'
import { trackSavedState } from '../helpers/savedState.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const HEALTH_IMR = 'review.child-k.imr-health'
const POLICE_IMR = 'review.child-k.imr-police'
const DOCUMENTS = [DEMO_REPORT, HEALTH_IMR, POLICE_IMR] as const

/**
 * Written out from the issue, not computed from the capability table. The agency account is health's;
 * the author reads every IMR but writes none (each is its agency's own account).
 */
const EXPECTED: Record<string, [report: Outcome, healthImr: Outcome, policeImr: Outcome]> = {
  'no session': [401, 401, 401],
  'expired session': [401, 401, 401],
  admin: [403, 403, 403],
  author: ['write', 'read', 'read'],
  panel: ['write', 'read', 'read'],
  agency: [403, 'write', 403],
  comms: [403, 403, 403],
  'not a member': [404, 404, 404],
}

async function createOutsider(server: TestServer): Promise<string> {
  const admin = await server.login(ACCOUNTS.admin)
  const response = await server.fetchAs(admin, '/api/users', { method: 'POST', json: { email: 'outsider@example.org', name: 'Olu Outsider' } })
  const { password } = z.object({ password: z.string() }).parse(await response.json())
  return server.login('outsider@example.org', password)
}

async function userIdOf(server: TestServer, token: string): Promise<string> {
  return z.object({ user: UserSchema }).parse(await (await server.fetchAs(token, '/api/auth/me')).json()).user.id
}

describe('who may open which collaborative document', () => {
  it('opens each document with the access the table gives each caller, and refuses the others before the handshake', async () => {
    const server = await startTestServer()
    const expiring = await startTestServer({ sessionIdleMs: 1 })
    const expired = await expiring.login(ACCOUNTS.author)
    await new Promise((resolve) => setTimeout(resolve, 20))
    const callers: Record<string, { server: TestServer; token: string | null }> = {
      'no session': { server, token: null },
      'expired session': { server: expiring, token: expired },
      'not a member': { server, token: await createOutsider(server) },
    }
    for (const role of ['admin', 'author', 'panel', 'agency', 'comms'] as const) callers[role] = { server, token: await server.login(ACCOUNTS[role]) }

    const actual: Record<string, Outcome[]> = {}
    for (const [caller, { server: target, token }] of Object.entries(callers)) {
      actual[caller] = []
      for (const name of DOCUMENTS) actual[caller].push(await probeAccess(documentUrl(target.collabUrl, name, token, { [SAVED_STATE_PARAM]: '1' })))
    }

    expect(actual).toEqual(EXPECTED)
  })

  it('answers a document of a review the caller does not belong to exactly like one of no review', async () => {
    const server = await startTestServer()
    const outsider = await createOutsider(server)

    const notMine = await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT, outsider))
    const noReview = await refusedUpgrade(documentUrl(server.collabUrl, 'review.no-such-review.report', outsider))
    const noDocument = await refusedUpgrade(documentUrl(server.collabUrl, 'review.child-k.imr-no-such-agency', outsider))

    expect(notMine.status).toBe(404)
    expect(notMine).toEqual(noReview)
    expect(noDocument).toEqual(noReview)
  })

  it('accepts the session cookie as well as the token parameter', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const { socket } = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT), { headers: { Cookie: `${SESSION_COOKIE}=${author}` } })

    expect(socket.readyState).toBe(WebSocket.OPEN)
  })

  it('refuses an upgrade from a page of another site, and accepts one from its own', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const url = documentUrl(server.collabUrl, DEMO_REPORT, author)

    const foreign = await refusedUpgrade(url, { origin: 'https://evil.example' })
    const withCookie = await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT), {
      origin: 'https://evil.example',
      headers: { Cookie: `${SESSION_COOKIE}=${author}` },
    })
    const own = await openRawSocket(url, { origin: `http://127.0.0.1:${server.port}` })

    expect(foreign).toEqual({ status: 403, body: { error: { code: 'origin_not_allowed', message: expect.any(String) } } })
    expect(withCookie.status).toBe(403)
    expect(own.socket.readyState).toBe(WebSocket.OPEN)
  })
})

describe('a read-only connection', () => {
  it('gets the document and later edits, is told it is read-only, and its own edits reach no one and are not stored', async () => {
    const server = await startTestServer()
    const writer = await connectProvider(server.collabUrl, await server.login(ACCOUNTS.agency), { documentName: HEALTH_IMR })
    const reader = createProvider(server.collabUrl, await server.login(ACCOUNTS.panel), {
      documentName: HEALTH_IMR,
      params: { [SAVED_STATE_PARAM]: '1' },
      connect: false,
    })
    let toldReadOnly = false
    reader.messageHandlers[MessageType.ReadOnly] = () => {
      toldReadOnly = true
    }
    const tracker = trackSavedState(reader)
    reader.connect()
    await waitUntilSynced(reader)
    await waitFor('the reader is told what is saved', () => tracker.saved !== null)

    expect(toldReadOnly).toBe(true)
    expect(hasText(reader.doc, 'Analysis of practice by Community Health')).toBe(true)
    const written = uniqueText('written by the agency')
    appendParagraph(writer.doc, written)
    await waitFor('the reader gets the agency\'s edit', () => hasText(reader.doc, written))

    const dropped = uniqueText('typed on a read-only connection')
    appendParagraph(reader.doc, dropped)
    // Sent after the edit on the same socket: once the writer sees it, the server has handled the edit.
    reader.awareness.setLocalStateField('marker', dropped)
    await waitFor('the writer sees the reader\'s presence', () => writer.awareness.getStates().get(reader.doc.clientID)?.marker === dropped)
    const serverDoc = server.collab.registry.find(HEALTH_IMR)?.doc
    expect(serverDoc).toBeDefined()
    expect(serverDoc && hasText(serverDoc, dropped)).toBe(false)
    expect(hasText(writer.doc, dropped)).toBe(false)

    reader.destroy()
    writer.destroy()
    await server.close()
    const restarted = await startTestServer({ dataDir: server.dataDir })
    const fresh = await connectProvider(restarted.collabUrl, await restarted.login(ACCOUNTS.author), { documentName: HEALTH_IMR })
    expect(hasText(fresh.doc, written)).toBe(true)
    expect(hasText(fresh.doc, dropped)).toBe(false)
  })
})

describe('when access ends', () => {
  it('closes a person\'s sockets when they sign out, and no one else\'s', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const panel = await server.login(ACCOUNTS.panel)
    const authorReport = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, author))
    const authorImr = await openRawSocket(documentUrl(server.collabUrl, POLICE_IMR, author))
    const panelReport = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, panel))

    expect((await server.fetchAs(author, '/api/auth/logout', { method: 'POST' })).status).toBe(204)

    expect((await authorReport.closed).code).toBe(CloseCode.Unauthorized)
    expect((await authorImr.closed).code).toBe(CloseCode.Unauthorized)
    expect((await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT, author))).status).toBe(401)
    expect(panelReport.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('closes a member\'s sockets when they are removed from the review, and refuses them afterwards', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const panel = await server.login(ACCOUNTS.panel)
    const panelReport = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, panel))

    const removed = await server.fetchAs(admin, `/api/reviews/child-k/members/${await userIdOf(server, panel)}`, { method: 'DELETE' })

    expect(removed.status).toBe(204)
    expect((await panelReport.closed).code).toBe(CloseCode.AccessChanged)
    expect((await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT, panel))).status).toBe(404)
  })

  it('closes a member\'s sockets when their role changes, so they come back with the new access', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const panel = await server.login(ACCOUNTS.panel)
    const panelReport = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, panel))

    const changed = await server.fetchAs(admin, '/api/reviews/child-k/members', { method: 'POST', json: { email: ACCOUNTS.panel, role: 'comms' } })

    expect(changed.status).toBe(201)
    expect((await panelReport.closed).code).toBe(CloseCode.AccessChanged)
    expect((await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT, panel))).status).toBe(403)
  })
})
