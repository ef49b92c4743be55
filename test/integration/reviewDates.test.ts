import { describe, expect, it } from 'vitest'
import { ACCOUNTS, startTestServer } from '../helpers/testServer.js'

describe('key dates of a review', () => {
  it('refuses a decision dated before the notification, and changes nothing', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const before = await (await server.fetchAs(author, '/api/reviews/child-k')).json()

    const refused = await server.fetchAs(author, '/api/reviews/child-k', {
      method: 'PATCH',
      json: { dates: { notification: '2026-10-10', decision: '2026-10-01' } },
    })

    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ error: { code: 'validation_failed', details: [{ path: 'dates.decision' }] } })
    const after = await (await server.fetchAs(author, '/api/reviews/child-k')).json()
    expect(after.dates).toEqual(before.dates)
  })

  it('accepts a decision on or after the notification', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const saved = await server.fetchAs(author, '/api/reviews/child-k', {
      method: 'PATCH',
      json: { dates: { notification: '2026-10-01', decision: '2026-10-01' } },
    })
    expect(saved.status).toBe(200)
  })
})
