import { describe, expect, it } from 'vitest'
import { PublicationViewSchema } from '../../shared/api/publication.js'
import { ReviewListSchema, ReviewSchema } from '../../shared/api/reviews.js'
import { ACCOUNTS, startTestServer } from '../helpers/testServer.js'

const PATH = '/api/reviews/child-k/publication'
const PUBLISHED = { status: 'published', reason: '', publishedOn: '2026-03-05', comesDownOn: null }

describe('the publication record', () => {
  it('is not yet published at first, and every member reads it, on the review too', async () => {
    const server = await startTestServer()
    for (const caller of [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.agency, ACCOUNTS.comms, ACCOUNTS.admin]) {
      const token = await server.login(caller)
      const read = await server.fetchAs(token, PATH)
      expect(read.status).toBe(200)
      expect(PublicationViewSchema.parse(await read.json()).publication).toEqual({ status: 'not-published', reason: '', publishedOn: null, comesDownOn: null, updatedAt: null })
    }
  })

  it('is recorded by the comms lead, shown on the review and the list, and audited', async () => {
    const server = await startTestServer()
    const comms = await server.login(ACCOUNTS.comms)
    const saved = await server.fetchAs(comms, PATH, { method: 'PUT', json: PUBLISHED })
    expect(saved.status).toBe(200)
    expect(PublicationViewSchema.parse(await saved.json()).publication).toMatchObject(PUBLISHED)

    const author = await server.login(ACCOUNTS.author)
    const review = ReviewSchema.parse(await (await server.fetchAs(author, '/api/reviews/child-k')).json())
    expect(review.publication).toMatchObject(PUBLISHED)
    const list = ReviewListSchema.parse(await (await server.fetchAs(author, '/api/reviews')).json())
    expect(list.reviews.find((candidate) => candidate.id === 'child-k')?.publication.status).toBe('published')
    const events = await server.audit.read({ reviewId: 'child-k' })
    expect(events.find((event) => event.action === 'publication.updated')?.details).toEqual({ status: 'published', publishedOn: '2026-03-05', comesDownOn: null })
  })

  it('drops what a status does not use', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const saved = await server.fetchAs(admin, PATH, { method: 'PUT', json: { status: 'delayed', reason: 'The criminal trial of the father.', publishedOn: '2026-03-05', comesDownOn: null } })
    expect(PublicationViewSchema.parse(await saved.json()).publication).toMatchObject({ status: 'delayed', reason: 'The criminal trial of the father.', publishedOn: null })
  })

  it('refuses a record that breaks a rule with a clear message on its field, and changes nothing', async () => {
    const server = await startTestServer()
    const comms = await server.login(ACCOUNTS.comms)
    const early = await server.fetchAs(comms, PATH, { method: 'PUT', json: { ...PUBLISHED, comesDownOn: '2026-12-01' } })
    expect(early.status).toBe(400)
    expect((await early.json()).error).toMatchObject({
      code: 'validation_failed',
      details: [{ path: 'comesDownOn', message: 'The date it may come down must be on or after 5 March 2027, 12 months after publication' }],
    })
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...PUBLISHED, status: 'withheld' }, 'reason'],
      [{ ...PUBLISHED, publishedOn: null }, 'publishedOn'],
      [{ ...PUBLISHED, status: 'withdrawn' }, 'comesDownOn'],
      [{ ...PUBLISHED, publishedOn: '2026-02-30' }, 'publishedOn'],
      [{ ...PUBLISHED, status: 'gone' }, 'status'],
    ]
    for (const [json, path] of cases) {
      const refused = await server.fetchAs(comms, PATH, { method: 'PUT', json })
      expect(refused.status).toBe(400)
      expect((await refused.json()).error.details.map((detail: { path: string }) => detail.path)).toContain(path)
    }
    expect(PublicationViewSchema.parse(await (await server.fetchAs(comms, PATH)).json()).publication.status).toBe('not-published')
  })

  it('may be changed by the comms lead and the admin only', async () => {
    const server = await startTestServer()
    for (const caller of [ACCOUNTS.author, ACCOUNTS.panel, ACCOUNTS.agency]) {
      expect((await server.fetchAs(await server.login(caller), PATH, { method: 'PUT', json: PUBLISHED })).status).toBe(403)
    }
    expect((await server.fetchAs(await server.login(ACCOUNTS.admin), PATH, { method: 'PUT', json: PUBLISHED })).status).toBe(200)
  })
})
