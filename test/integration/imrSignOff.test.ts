import { describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { MessageType, SAVED_STATE_PARAM } from '../../shared/collab/messages.js'
import { publicUser } from '../../server/auth/accounts.js'
import { documentUrl, openRawSocket } from '../helpers/rawSocket.js'
import { ACCOUNTS, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'

const HEALTH_IMR = `review.${DEMO_REVIEW}.imr-health`
const HEALTH = `/api/reviews/${DEMO_REVIEW}/imrs/health`
const SIGN_OFF = { status: 'signed-off', signOff: { name: 'Pat Jones', role: 'Chief Nurse', date: '2024-02-01' } }

/** How the document opens for the holder of `token`: told read-only before the saved state, or not. */
function openedAs(server: TestServer, token: string): Promise<'read' | 'write'> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(documentUrl(server.collabUrl, HEALTH_IMR, token, { [SAVED_STATE_PARAM]: '1' }))
    let readOnly = false
    socket.on('error', reject)
    socket.once('unexpected-response', (_request, response) => reject(new Error(`refused with ${response.statusCode}`)))
    socket.on('message', (data: Buffer) => {
      if (data[0] === MessageType.ReadOnly) readOnly = true
      if (data[0] === MessageType.SavedState) {
        socket.terminate()
        resolve(readOnly ? 'read' : 'write')
      }
    })
  })
}

describe('signing an IMR off', () => {
  it('turns its agency’s analysis read only at once, on the socket as over HTTP, and reopening gives it back', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    const author = await server.login(ACCOUNTS.author)
    const open = await openRawSocket(documentUrl(server.collabUrl, HEALTH_IMR, agency))
    expect(await openedAs(server, agency)).toBe('write')

    expect((await server.fetchAs(agency, `${HEALTH}/status`, { method: 'POST', json: SIGN_OFF })).status).toBe(200)

    expect((await open.closed).code).toBe(CloseCode.AccessChanged)
    expect(await openedAs(server, agency)).toBe('read')
    const account = server.accounts.findByEmail(ACCOUNTS.agency)
    expect(account && server.reviews.documentAccessFor(publicUser(account), HEALTH_IMR).level).toBe('read')
    expect((await server.fetchAs(agency, `${HEALTH}/details`, { method: 'PUT', json: { authorRole: '', authorInvolvement: null, recordsSecuredOn: null, methodology: { recordsRead: '', peopleInterviewed: '' }, context: { workload: '', staffing: '', organisationalChange: '' }, recommendations: [] } })).status).toBe(403)

    const reading = await openRawSocket(documentUrl(server.collabUrl, HEALTH_IMR, agency))
    expect((await server.fetchAs(author, `${HEALTH}/reopen`, { method: 'POST' })).status).toBe(200)
    expect((await reading.closed).code).toBe(CloseCode.AccessChanged)
    expect(await openedAs(server, agency)).toBe('write')
  })

  it('is noticed by a socket on its next liveness check even when nothing closed it', async () => {
    const server = await startTestServer({ collab: { pingIntervalMs: 100 } })
    const agency = await server.login(ACCOUNTS.agency)
    const open = await openRawSocket(documentUrl(server.collabUrl, HEALTH_IMR, agency))
    const current = await (await server.fetchAs(agency, HEALTH)).json()

    // Straight through the service: no route is there to close the socket, only the liveness check notices.
    await server.imrs.seed(DEMO_REVIEW, 'health', { status: 'signed-off', signOff: SIGN_OFF.signOff, details: current.details, entries: current.entries })

    expect((await open.closed).code).toBe(CloseCode.Unauthorized)
    expect(await openedAs(server, agency)).toBe('read')
  })
})
