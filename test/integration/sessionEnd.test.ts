import { describe, expect, it } from 'vitest'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { documentUrl, openRawSocket } from '../helpers/rawSocket.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'

describe('an open socket whose session ends', () => {
  it('is closed on the next liveness tick once the session has expired', async () => {
    const server = await startTestServer({ sessionIdleMs: 4000, collab: { pingIntervalMs: 200 } })
    const token = await server.login(ACCOUNTS.author)
    const socket = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, token))

    expect((await socket.closed).code).toBe(CloseCode.Unauthorized)
  })

  it('stays open while the session is live', async () => {
    const server = await startTestServer({ collab: { pingIntervalMs: 100 } })
    const token = await server.login(ACCOUNTS.author)
    const socket = await openRawSocket(documentUrl(server.collabUrl, DEMO_REPORT, token))
    let closed = false
    void socket.closed.then(() => {
      closed = true
    })

    await new Promise((resolve) => setTimeout(resolve, 600))
    expect(closed).toBe(false)
  })
})
