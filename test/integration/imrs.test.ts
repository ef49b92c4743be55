import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ImrListSchema, ImrSummarySchema, ImrViewSchema, MergedChronologySourceSchema } from '../../shared/api/imrs.js'
import { ChronologyEntrySchema, NO_FLAGS, type ChronologyEntryFields } from '../../shared/imr/chronologyEntry.js'
import { EMPTY_IMR_DETAILS } from '../../shared/imr/imrDetails.js'
import { TELEPHONE_CALL } from '../helpers/chronologyEntries.js'
import { ACCOUNTS, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'

const IMRS = `/api/reviews/${DEMO_REVIEW}/imrs`
const FIELDS: ChronologyEntryFields = {
  ...TELEPHONE_CALL,
  date: { precision: 'approximate', date: '2023-05-02' },
  event: 'Telephone call with mother.\nShe said the child was well.',
  flags: { ...NO_FLAGS },
}
const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) })

async function json<T>(response: Response, schema: z.ZodType<T>, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status)
  return schema.parse(await response.json())
}

async function errorOf(response: Response, status: number): Promise<{ code: string; message: string }> {
  return (await json(response, ErrorSchema, status)).error
}

async function signedIn(server: TestServer) {
  return { agency: await server.login(ACCOUNTS.agency), author: await server.login(ACCOUNTS.author), panel: await server.login(ACCOUNTS.panel) }
}

describe('the IMRs of a review', () => {
  it('lists every IMR to the author and the panel, and only their own to an agency’s IMR author', async () => {
    const server = await startTestServer()
    const { agency, author } = await signedIn(server)

    const all = await json(await server.fetchAs(author, IMRS), ImrListSchema)
    const own = await json(await server.fetchAs(agency, IMRS), ImrListSchema)

    expect(all.imrs.map(({ agencyId, status, access }) => [agencyId, status, access])).toEqual([
      ['social-care', 'signed-off', 'read'],
      ['police', 'received', 'read'],
      ['health', 'received', 'read'],
      ['education', 'requested', 'read'],
    ])
    expect(own.imrs.map(({ agencyId, access }) => [agencyId, access])).toEqual([['health', 'write']])
    const education = await json(await server.fetchAs(author, `${IMRS}/education`), ImrViewSchema)
    expect(education).toMatchObject({ status: 'requested', details: EMPTY_IMR_DETAILS, entries: [], revision: 0, signOff: null })
  })

  it('gives a review created before IMRs were data an empty requested IMR for each agency, stored on its first change', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    await server.fetchAs(admin, '/api/reviews', { method: 'POST', json: { id: 'older', title: 'Older', kind: 'rapid-review', agencies: [{ id: 'police', name: 'Police' }] } })
    await server.fetchAs(admin, '/api/reviews/older/members', { method: 'POST', json: { email: ACCOUNTS.panel2, role: 'agency', agencyId: 'police' } })
    const writer = await server.login(ACCOUNTS.panel2)

    const before = await json(await server.fetchAs(writer, '/api/reviews/older/imrs/police'), ImrViewSchema)
    await json(await server.fetchAs(writer, '/api/reviews/older/imrs/police/entries', { method: 'POST', json: FIELDS }), ChronologyEntrySchema, 201)
    await server.close()
    const restarted = await startTestServer({ dataDir: server.dataDir })
    const after = await json(await restarted.fetchAs(await restarted.login(ACCOUNTS.panel2), '/api/reviews/older/imrs/police'), ImrViewSchema)

    expect(before).toMatchObject({ status: 'requested', entries: [], revision: 0, access: 'write' })
    expect(after).toMatchObject({ status: 'requested', revision: 1 })
    expect(after.entries.map((entry) => entry.event)).toEqual([FIELDS.event])
  })

  it('answers an agency the review does not have with 404 agency_not_found, and a malformed one too', async () => {
    const server = await startTestServer()
    const { author } = await signedIn(server)

    expect((await errorOf(await server.fetchAs(author, `${IMRS}/fire-service`), 404)).code).toBe('agency_not_found')
    expect((await errorOf(await server.fetchAs(author, `${IMRS}/Not%20A%20Slug`), 404)).code).toBe('agency_not_found')
  })
})

describe('chronology entries', () => {
  it('are created, changed and deleted by the agency’s IMR author, each change raising the revisions, and kept over a restart', async () => {
    const server = await startTestServer()
    const { agency } = await signedIn(server)
    const start = await json(await server.fetchAs(agency, `${IMRS}/health`), ImrViewSchema)

    const created = await json(await server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: FIELDS }), ChronologyEntrySchema, 201)
    const changed = await json(
      await server.fetchAs(agency, `${IMRS}/health/entries/${created.id}`, { method: 'PUT', json: { revision: 1, fields: { ...FIELDS, event: 'Telephone call with mother.' } } }),
      ChronologyEntrySchema,
    )
    const deleted = await server.fetchAs(agency, `${IMRS}/health/entries/ent_demohv01?revision=1`, { method: 'DELETE' })

    expect(created).toMatchObject({ ...FIELDS, revision: 1 })
    expect(changed).toMatchObject({ id: created.id, event: 'Telephone call with mother.', revision: 2 })
    expect(deleted.status).toBe(204)
    await server.close()
    const restarted = await startTestServer({ dataDir: server.dataDir })
    const view = await json(await restarted.fetchAs(await restarted.login(ACCOUNTS.agency), `${IMRS}/health`), ImrViewSchema)
    expect(view.revision).toBe(start.revision + 3)
    expect(view.entries.find((entry) => entry.id === created.id)).toMatchObject({ event: 'Telephone call with mother.', revision: 2 })
    expect(view.entries.some((entry) => entry.id === 'ent_demohv01')).toBe(false)
    expect(view.entries.length).toBe(start.entries.length)
  })

  it('refuses a change or deletion naming a stale revision with 409 edit_conflict, and changes nothing', async () => {
    const server = await startTestServer()
    const { agency } = await signedIn(server)
    const path = `${IMRS}/health/entries/ent_demohv02`
    await json(await server.fetchAs(agency, path, { method: 'PUT', json: { revision: 1, fields: FIELDS } }), ChronologyEntrySchema)
    const before = await json(await server.fetchAs(agency, `${IMRS}/health`), ImrViewSchema)

    const staleChange = await errorOf(await server.fetchAs(agency, path, { method: 'PUT', json: { revision: 1, fields: { ...FIELDS, event: 'Lost edit' } } }), 409)
    const staleDelete = await errorOf(await server.fetchAs(agency, `${path}?revision=1`, { method: 'DELETE' }), 409)

    expect(staleChange).toEqual({ code: 'edit_conflict', message: expect.stringContaining('Someone else changed this entry') })
    expect(staleDelete.code).toBe('edit_conflict')
    expect(await json(await server.fetchAs(agency, `${IMRS}/health`), ImrViewSchema)).toEqual(before)
  })

  it('answers a deletion of an entry already gone as done, and one without a revision with 400', async () => {
    const server = await startTestServer()
    const { agency } = await signedIn(server)

    const missingRevision = await errorOf(await server.fetchAs(agency, `${IMRS}/health/entries/ent_demohv03`, { method: 'DELETE' }), 400)
    const first = await server.fetchAs(agency, `${IMRS}/health/entries/ent_demohv03?revision=1`, { method: 'DELETE' })
    const again = await server.fetchAs(agency, `${IMRS}/health/entries/ent_demohv03?revision=1`, { method: 'DELETE' })
    const changeGone = await errorOf(await server.fetchAs(agency, `${IMRS}/health/entries/ent_demohv03`, { method: 'PUT', json: { revision: 1, fields: FIELDS } }), 404)

    expect(missingRevision.code).toBe('validation_failed')
    expect([first.status, again.status]).toEqual([204, 204])
    expect(changeGone.code).toBe('entry_not_found')
  })

  it('refuses hidden characters in text that may have line breaks, and an entry seen alone but not seen', async () => {
    const server = await startTestServer()
    const { agency } = await signedIn(server)
    const post = (fields: unknown) => server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: fields })

    for (const event of ['Visit\u0000', 'Visit \u202e', 'Visit \u001b[2J']) expect((await post({ ...FIELDS, event })).status).toBe(400)
    expect((await post({ ...FIELDS, practitionerRole: 'Health\nVisitor' })).status).toBe(400)
    expect((await post({ ...FIELDS, date: { precision: 'day', date: '2023-02-29' } })).status).toBe(400)
    expect((await errorOf(await post({ ...FIELDS, flags: { ...NO_FLAGS, childSeenAlone: true } }), 400)).message).toContain('Child seen')
  })

  it('lets nobody but the agency’s IMR author change the IMR', async () => {
    const server = await startTestServer()
    const { author, panel, agency } = await signedIn(server)

    for (const token of [author, panel]) {
      expect((await server.fetchAs(token, `${IMRS}/health/entries`, { method: 'POST', json: FIELDS })).status).toBe(403)
      expect((await server.fetchAs(token, `${IMRS}/health/details`, { method: 'PUT', json: EMPTY_IMR_DETAILS })).status).toBe(403)
    }
    expect((await errorOf(await server.fetchAs(agency, `${IMRS}/police/entries`, { method: 'POST', json: FIELDS }), 403)).code).toBe('forbidden')
    expect((await server.fetchAs(agency, `${IMRS}/police`)).status).toBe(403)
  })
})

describe('details, status, sign-off and reopening', () => {
  it('stores the details, and signing off makes the IMR read only for its agency until the author reopens it', async () => {
    const server = await startTestServer()
    const { agency, author, panel } = await signedIn(server)
    const details = { ...EMPTY_IMR_DETAILS, authorRole: 'Named Nurse', authorInvolvement: 'managed', recordsSecuredOn: '2024-01-10', recommendations: ['Escalate missed contacts.'] }

    const withDetails = await json(await server.fetchAs(agency, `${IMRS}/health/details`, { method: 'PUT', json: details }), ImrViewSchema)
    const signOff = { name: 'Pat Jones', role: 'Chief Nurse', date: '2024-02-01' }
    const signed = await json(await server.fetchAs(agency, `${IMRS}/health/status`, { method: 'POST', json: { status: 'signed-off', signOff } }), ImrViewSchema)
    const refused = await errorOf(await server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: FIELDS }), 403)
    const refusedDetails = await errorOf(await server.fetchAs(agency, `${IMRS}/health/details`, { method: 'PUT', json: details }), 403)
    const panelReopen = await server.fetchAs(panel, `${IMRS}/health/reopen`, { method: 'POST' })
    const reopened = await json(await server.fetchAs(author, `${IMRS}/health/reopen`, { method: 'POST' }), ImrSummarySchema)
    const reopenAgain = await json(await server.fetchAs(author, `${IMRS}/health/reopen`, { method: 'POST' }), ImrSummarySchema)
    const afterReopen = await server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: FIELDS })

    expect(withDetails.details).toEqual(details)
    expect(signed).toMatchObject({ status: 'signed-off', signOff, access: 'read' })
    expect(refused).toEqual({ code: 'imr_signed_off', message: expect.stringContaining('signed off') })
    expect(refusedDetails.code).toBe('imr_signed_off')
    expect(panelReopen.status).toBe(403)
    expect(reopened).toMatchObject({ status: 'received', signOff: null })
    expect(reopenAgain).toEqual(reopened)
    expect(afterReopen.status).toBe(201)
    const documents = await (await server.fetchAs(agency, `/api/reviews/${DEMO_REVIEW}`)).json()
    expect(documents.documentList).toEqual([expect.objectContaining({ agencyId: 'health', access: 'write' })])
  })

  it('lets the board’s administrator reopen an IMR without reading it', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)

    const reopened = await json(await server.fetchAs(admin, `${IMRS}/social-care/reopen`, { method: 'POST' }), ImrSummarySchema)

    expect(reopened.status).toBe('received')
    expect((await server.fetchAs(admin, `${IMRS}/social-care`)).status).toBe(403)
  })

  it('records changes in the audit log without the text of any entry', async () => {
    const server = await startTestServer()
    const { agency, author } = await signedIn(server)
    const created = await json(await server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: FIELDS }), ChronologyEntrySchema, 201)
    await server.fetchAs(agency, `${IMRS}/health/entries/${created.id}`, { method: 'PUT', json: { revision: 1, fields: FIELDS } })
    await server.fetchAs(agency, `${IMRS}/health/entries/${created.id}?revision=2`, { method: 'DELETE' })
    await server.fetchAs(agency, `${IMRS}/health/status`, { method: 'POST', json: { status: 'signed-off', signOff: { name: 'Pat Jones', role: 'Chief Nurse', date: '2024-02-01' } } })
    await server.fetchAs(author, `${IMRS}/health/reopen`, { method: 'POST' })

    const events = (await server.audit.read({ reviewId: DEMO_REVIEW })).filter((event) => event.action.startsWith('imr.'))

    expect(events.map((event) => [event.action, event.details]).reverse()).toEqual([
      ['imr.entry_created', { agencyId: 'health', entryId: created.id }],
      ['imr.entry_changed', { agencyId: 'health', entryId: created.id, revision: 2 }],
      ['imr.entry_deleted', { agencyId: 'health', entryId: created.id }],
      ['imr.status_changed', { agencyId: 'health', from: 'received', to: 'signed-off' }],
      ['imr.reopened', { agencyId: 'health' }],
    ])
    expect(JSON.stringify(events)).not.toContain('Telephone call')
  })
})

describe('the demo review’s IMRs', () => {
  it('hold dates of every certainty, the times Kai was seen, a stretch when nobody saw him, and one incident two agencies recorded', async () => {
    const server = await startTestServer()
    const source = await json(await server.fetchAs(await server.login(ACCOUNTS.author), `/api/reviews/${DEMO_REVIEW}/chronology`), MergedChronologySourceSchema)
    const day = (entry: (typeof source.entries)[number]) => (entry.date.precision === 'month' ? `${entry.date.month}-01` : entry.date.date)
    const seen = source.entries.filter((entry) => entry.flags.childSeen).map((entry) => Date.parse(day(entry)))
    const longestGap = Math.max(...seen.slice(1).map((time, index) => time - seen[index])) / 86_400_000
    const sameDay = source.entries.filter((entry, _index, all) => all.some((other) => other.agencyId !== entry.agencyId && other.date.precision === 'day' && entry.date.precision === 'day' && other.date.date === entry.date.date && other.event.includes('neighbour') && entry.event.includes('neighbour')))

    expect(new Set(source.entries.map((entry) => entry.date.precision))).toEqual(new Set(['day', 'month', 'approximate']))
    expect(source.entries.some((entry) => entry.flags.childSeenAlone)).toBe(true)
    expect(source.entries.some((entry) => entry.flags.childSpokenTo)).toBe(true)
    expect(longestGap).toBeGreaterThanOrEqual(60)
    expect(longestGap).toBeLessThanOrEqual(100)
    expect(new Set(sameDay.map((entry) => entry.agencyId))).toEqual(new Set(['police', 'social-care']))
    expect(source.agencies.map(({ id, status }) => [id, status])).toEqual([['social-care', 'signed-off'], ['police', 'received'], ['health', 'received'], ['education', 'requested']])
    expect(JSON.stringify(source)).not.toContain('Walker')
  })
})

describe('the merged chronology’s source', () => {
  it('gives the author and the panel every entry of every IMR, with an ETag that changes when any of them changes', async () => {
    const server = await startTestServer()
    const { agency, author, panel } = await signedIn(server)
    const path = `/api/reviews/${DEMO_REVIEW}/chronology`

    const first = await server.fetchAs(panel, path)
    const source = await json(first.clone(), MergedChronologySourceSchema)
    const etag = first.headers.get('ETag')
    const unchanged = await server.fetchAs(author, path, { headers: { 'If-None-Match': etag ?? '' } })
    await server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: FIELDS })
    const changed = await server.fetchAs(author, path, { headers: { 'If-None-Match': etag ?? '' } })

    expect(etag).toBe(`"${source.revision}"`)
    expect(source.agencies.map((agencyOf) => agencyOf.id)).toEqual(['social-care', 'police', 'health', 'education'])
    expect(new Set(source.entries.map((entry) => entry.agencyId))).toEqual(new Set(['social-care', 'police', 'health']))
    const keys = source.entries.map((entry) => (entry.date.precision === 'month' ? `${entry.date.month}-00` : entry.date.date))
    expect(keys).toEqual([...keys].sort())
    expect(unchanged.status).toBe(304)
    expect(changed.status).toBe(200)
    expect(changed.headers.get('ETag')).not.toBe(etag)
    expect((await json(changed, MergedChronologySourceSchema)).entries).toHaveLength(source.entries.length + 1)
    expect((await server.fetchAs(agency, path)).status).toBe(403)
  })

  it('sends of each entry only what the page reads: no impact, action taken, revision or time of change', async () => {
    const server = await startTestServer()
    const { agency, author } = await signedIn(server)
    await json(await server.fetchAs(agency, `${IMRS}/health/entries`, { method: 'POST', json: { ...FIELDS, impact: 'Mother reassured.' } }), ChronologyEntrySchema, 201)

    const response = await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}/chronology`)
    const body = await response.text()
    const answer = z.object({ entries: z.array(z.record(z.string(), z.unknown())) }).parse(JSON.parse(body))

    expect(response.status).toBe(200)
    expect(new Set(answer.entries.map((entry) => Object.keys(entry).sort().join(' ')))).toEqual(new Set(['agencyId date event flags id practitionerRole source time']))
    expect(body).toContain('She said the child was well.')
    expect(body).not.toContain('Mother reassured.')
    expect(body).not.toContain(FIELDS.actionTaken)
  })
})
