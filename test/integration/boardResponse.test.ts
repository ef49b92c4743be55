import { describe, expect, it } from 'vitest'
import { BoardResponseViewSchema } from '../../shared/api/boardResponse.js'
import { ACCOUNTS, startTestServer } from '../helpers/testServer.js'

const PATH = '/api/reviews/child-k/board-response'

const RESPONSE = {
  acceptance: 'accepts-most',
  acceptanceReasons: 'The board accepts findings 1 and 2.\nFinding 3 is already answered by a new procedure.',
  actionsTaken: 'A single route for sharing concerns about babies was agreed in March.',
  impact: 'Referrals about babies now reach the front door within a day.',
  furtherActions: 'Multi-agency training on seeing babies alone, from September.',
}

describe("the board's response", () => {
  it('starts empty, is saved by the admin with a revision, and is read by the author, panel and comms lead', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const empty = BoardResponseViewSchema.parse(await (await server.fetchAs(admin, PATH)).json())
    expect(empty.boardResponse).toMatchObject({ acceptance: null, revision: 0, actionsTaken: '', updatedBy: null })

    const saved = await server.fetchAs(admin, PATH, { method: 'PUT', json: { revision: 0, ...RESPONSE } })
    expect(saved.status).toBe(200)
    expect(BoardResponseViewSchema.parse(await saved.json()).boardResponse).toMatchObject({ ...RESPONSE, revision: 1, updatedBy: 'Board business manager' })

    for (const reader of [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.comms]) {
      const read = await server.fetchAs(await server.login(reader), PATH)
      expect(read.status).toBe(200)
      expect(BoardResponseViewSchema.parse(await read.json()).boardResponse).toMatchObject({ ...RESPONSE, revision: 1 })
    }
    const events = await server.audit.read({ reviewId: 'child-k' })
    expect(events.filter((event) => event.action === 'board_response.updated')).toHaveLength(1)
  })

  it('refuses a save made from an older revision with 409 edit_conflict, and keeps the newer text', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    expect((await server.fetchAs(admin, PATH, { method: 'PUT', json: { revision: 0, ...RESPONSE } })).status).toBe(200)
    const stale = await server.fetchAs(admin, PATH, { method: 'PUT', json: { revision: 0, ...RESPONSE, impact: 'Overwritten.' } })
    expect(stale.status).toBe(409)
    expect((await stale.json()).error).toMatchObject({ code: 'edit_conflict', details: { revision: 1 } })
    const read = BoardResponseViewSchema.parse(await (await server.fetchAs(admin, PATH)).json())
    expect(read.boardResponse.impact).toBe(RESPONSE.impact)
  })

  it('refuses bad input with the field at fault, and changes nothing', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ revision: 0, ...RESPONSE, acceptanceReasons: '' }, 'acceptanceReasons'],
      [{ revision: 0, ...RESPONSE, acceptance: 'maybe' }, 'acceptance'],
      [{ revision: 0, ...RESPONSE, impact: 'x'.repeat(8001) }, 'impact'],
      [{ revision: 0, ...RESPONSE, actionsTaken: 'Hidden \u202E mark' }, 'actionsTaken'],
      [{ revision: 0, ...RESPONSE, extra: true }, ''],
      [{ ...RESPONSE }, 'revision'],
    ]
    for (const [json, path] of cases) {
      const refused = await server.fetchAs(admin, PATH, { method: 'PUT', json })
      expect(refused.status).toBe(400)
      const body = await refused.json()
      expect(body.error.code).toBe('validation_failed')
      expect(body.error.details.map((detail: { path: string }) => detail.path)).toContain(path)
    }
    expect(BoardResponseViewSchema.parse(await (await server.fetchAs(admin, PATH)).json()).boardResponse.revision).toBe(0)
  })

  it('keeps no reasons when the board accepts every finding', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const saved = await server.fetchAs(admin, PATH, { method: 'PUT', json: { revision: 0, ...RESPONSE, acceptance: 'accepts-all' } })
    expect(BoardResponseViewSchema.parse(await saved.json()).boardResponse.acceptanceReasons).toBe('')
  })

  it('lets only the admin change it, and agency authors not read it', async () => {
    const server = await startTestServer()
    for (const caller of [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.comms, ACCOUNTS.agency]) {
      const token = await server.login(caller)
      expect((await server.fetchAs(token, PATH, { method: 'PUT', json: { revision: 0, ...RESPONSE } })).status).toBe(403)
    }
    expect((await server.fetchAs(await server.login(ACCOUNTS.agency), PATH)).status).toBe(403)
  })

  it('survives a restart', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    await server.fetchAs(admin, PATH, { method: 'PUT', json: { revision: 0, ...RESPONSE } })
    await server.close()
    const again = await startTestServer({ dataDir: server.dataDir })
    const read = BoardResponseViewSchema.parse(await (await again.fetchAs(await again.login(ACCOUNTS.admin), PATH)).json())
    expect(read.boardResponse).toMatchObject({ ...RESPONSE, revision: 1 })
  })
})
