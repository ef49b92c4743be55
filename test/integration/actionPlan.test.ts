import JSZip from 'jszip'
import * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { StoredActionSchema } from '../../shared/actionPlan/action.js'
import { ActionPlanViewSchema } from '../../shared/api/actionPlan.js'
import { ReviewListSchema } from '../../shared/api/reviews.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { ACCOUNTS, DEMO_REPORT, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'
import { WITHHELD_TEXT } from '../../server/actionPlan/planRecommendations.js'

const PLAN = `/api/reviews/${DEMO_REVIEW}/action-plan`
const ACTIONS = `${PLAN}/actions`
const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }) })

const NEW_ACTION = {
  recommendationId: 'rcm_demo02',
  change: '=HYPERLINK("x") Police notify Children’s Social Care of every domestic incident where a baby lives.',
  leadAgencyId: 'police',
  responsibleRole: 'Detective Inspector',
  targetDate: '2099-12-31',
}

async function json<T>(response: Response, schema: z.ZodType<T>, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status)
  return schema.parse(await response.json())
}

const errorOf = async (response: Response, status: number) => (await json(response, ErrorSchema, status)).error

/** Appends a recommendation whose text names the demo child, redacted, to the demo report on the server. */
async function addRedactedRecommendation(server: TestServer, redacted = true): Promise<void> {
  await server.collab.registry.read(DEMO_REPORT, (document) => {
    const recommendation = new Y.XmlElement('recommendation')
    recommendation.setAttribute('recommendationId', 'rcm_secret01')
    const paragraph = new Y.XmlElement('paragraph')
    const text = new Y.XmlText()
    paragraph.insert(0, [text])
    recommendation.insert(0, [paragraph])
    document.doc.transact(() => {
      const fragment = document.doc.getXmlFragment(DOCUMENT_FRAGMENT)
      fragment.insert(fragment.length, [recommendation])
      text.insert(0, 'Kai', redacted ? { redaction: { entityId: 'demochild0000001', category: 'child', reason: null } } : {})
      text.insert(3, ' should be seen alone at every visit.', {})
    })
  })
}

describe('the action plan', () => {
  it('shows the demo plan with numbered recommendations in public form, statuses on the day and the overdue count', async () => {
    const server = await startTestServer()
    await addRedactedRecommendation(server)
    const admin = await server.login(ACCOUNTS.admin)

    const plan = await json(await server.fetchAs(admin, PLAN), ActionPlanViewSchema)

    expect(plan.recommendations.map(({ recommendationId, number }) => [recommendationId, number])).toEqual([
      ['rcm_demo01', 1],
      ['rcm_demo02', 2],
      ['rcm_demo03', 3],
      ['rcm_secret01', 4],
    ])
    expect(plan.recommendations[3].text).toBe('Child K should be seen alone at every visit.')
    expect(JSON.stringify(plan)).not.toContain('Kai')
    expect(plan.actions.map(({ id }) => id)).toEqual(['act_demo01', 'act_demo02', 'act_demo03', 'act_demo04'])
    expect(plan.actions.find(({ id }) => id === 'act_demo03')).toMatchObject({ status: 'at-risk', effectiveStatus: 'overdue' })
    expect(plan.overdue.overdueCount).toBe(1)

    const filtered = await json(await server.fetchAs(admin, `${PLAN}?agency=health&status=overdue`), ActionPlanViewSchema)
    expect(filtered.actions.map(({ id }) => id)).toEqual(['act_demo03'])
  })

  it('withholds the text of a recommendation that names someone not yet redacted, from everyone', async () => {
    const server = await startTestServer()
    await addRedactedRecommendation(server, false)
    for (const account of [ACCOUNTS.admin, ACCOUNTS.author]) {
      const plan = await json(await server.fetchAs(await server.login(account), PLAN), ActionPlanViewSchema)
      expect(plan.recommendations[3]).toMatchObject({ recommendationId: 'rcm_secret01', number: 4, text: WITHHELD_TEXT })
      expect(JSON.stringify(plan)).not.toContain('Kai')
    }
  })

  it('adds, changes and deletes an action, refusing a stale revision with 409 and auditing each change', async () => {
    const server = await startTestServer()
    const panel = await server.login(ACCOUNTS.panel)

    const created = await json(await server.fetchAs(panel, ACTIONS, { method: 'POST', json: NEW_ACTION }), StoredActionSchema, 201)
    expect(created).toMatchObject({ ...NEW_ACTION, status: 'not-started', evidenceOfImpact: '', nextMonitoringDate: null, revision: 1 })

    const changed = await json(
      await server.fetchAs(panel, `${ACTIONS}/${created.id}`, { method: 'PUT', json: { revision: 1, fields: { status: 'on-track', targetDate: '2020-01-31' } } }),
      StoredActionSchema,
    )
    expect(changed).toMatchObject({ status: 'on-track', targetDate: '2020-01-31', revision: 2 })

    const stale = await errorOf(await server.fetchAs(panel, `${ACTIONS}/${created.id}`, { method: 'PUT', json: { revision: 1, fields: { status: 'complete' } } }), 409)
    expect(stale.code).toBe('edit_conflict')
    expect((await errorOf(await server.fetchAs(panel, `${ACTIONS}/${created.id}?revision=1`, { method: 'DELETE' }), 409)).code).toBe('edit_conflict')

    const plan = await json(await server.fetchAs(panel, PLAN), ActionPlanViewSchema)
    expect(plan.actions.find(({ id }) => id === created.id)).toMatchObject({ status: 'on-track', effectiveStatus: 'overdue' })
    expect(plan.overdue.overdueCount).toBe(2)

    expect((await server.fetchAs(panel, `${ACTIONS}/${created.id}?revision=2`, { method: 'DELETE' })).status).toBe(204)
    expect((await server.fetchAs(panel, `${ACTIONS}/${created.id}?revision=2`, { method: 'DELETE' })).status).toBe(204)
    expect((await errorOf(await server.fetchAs(panel, `${ACTIONS}/${created.id}`, { method: 'PUT', json: { revision: 2, fields: {} } }), 404)).code).toBe('action_not_found')

    const author = await server.login(ACCOUNTS.author)
    const audit = (await (await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}/audit`)).json()) as { events: Array<{ action: string; details: Record<string, unknown> }> }
    const actions = audit.events.filter((event) => event.action.startsWith('action.'))
    expect(actions.map(({ action }) => action).sort()).toEqual(['action.changed', 'action.created', 'action.deleted'])
    expect(JSON.stringify(actions)).not.toContain('domestic incident')
  })

  it('refuses bad input with 400 and the field, an agency or recommendation not of this review, and changes nothing', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const before = await json(await server.fetchAs(author, PLAN), ActionPlanViewSchema)
    const post = (body: unknown) => server.fetchAs(author, ACTIONS, { method: 'POST', json: body })
    const fieldsOf = async (response: Response) => ((await errorOf(response, 400)).details as Array<{ path: string }>).map(({ path }) => path)

    expect(await fieldsOf(await post({ ...NEW_ACTION, targetDate: '2026-02-30', status: 'red' }))).toEqual(['targetDate', 'status'])
    expect(await fieldsOf(await post({ ...NEW_ACTION, leadAgencyId: 'fire' }))).toEqual(['leadAgencyId'])
    expect(await fieldsOf(await post({ ...NEW_ACTION, recommendationId: 'rcm_notthere' }))).toEqual(['recommendationId'])
    expect(await fieldsOf(await server.fetchAs(author, `${ACTIONS}/act_demo01`, { method: 'PUT', json: { revision: 1, fields: { recommendationId: 'rcm_notthere' } } }))).toEqual([
      'fields.recommendationId',
    ])
    expect(await fieldsOf(await server.fetchAs(author, `${ACTIONS}/act_demo01`, { method: 'PUT', json: { revision: 1, fields: { leadAgencyId: 'fire' } } }))).toEqual(['fields.leadAgencyId'])
    expect(await fieldsOf(await server.fetchAs(author, `${ACTIONS}/act_demo01`, { method: 'DELETE' }))).toEqual(['revision'])
    expect(await fieldsOf(await server.fetchAs(author, `${PLAN}?status=late`))).toEqual(['status'])
    expect(await fieldsOf(await server.fetchAs(author, `${PLAN}.csv?agency=fire`))).toEqual(['agency'])

    expect(await json(await server.fetchAs(author, PLAN), ActionPlanViewSchema)).toEqual(before)
  })

  it('downloads the plan as CSV (formulas guarded) and as Word, filtered, and records each download', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    await json(await server.fetchAs(author, ACTIONS, { method: 'POST', json: NEW_ACTION }), StoredActionSchema, 201)

    const csv = await server.fetchAs(author, `${PLAN}.csv`)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const text = await csv.text()
    const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n')
    expect(lines[0]).toBe('Recommendation,Action,Lead agency,Responsible role,Target date,Status,RAG,Recorded status,Evidence of impact,Next monitored')
    expect(lines).toHaveLength(6)
    expect(text).toContain(`"'=HYPERLINK(""x"") Police notify`)
    expect(lines.find((line) => line.includes('seeing the baby alone'))).toContain('Overdue,Red,At risk')

    const filtered = (await (await server.fetchAs(author, `${PLAN}.csv?agency=police`)).text()).trim().split('\r\n')
    expect(filtered).toHaveLength(3)

    const docx = await server.fetchAs(author, `${PLAN}.docx`)
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const zip = await JSZip.loadAsync(await docx.arrayBuffer())
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? ''
    const words = xml.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    expect(words).toContain('Action plan: Child K')
    for (const text of ['Recommendation 1', 'Recommendation 3', 'Lead agency', 'Responsible role', 'Evidence of impact', 'Next monitored', 'Overdue (red)', 'Complete (green)', 'Detective Inspector']) {
      expect(words).toContain(text)
    }

    const audit = (await (await server.fetchAs(author, `/api/reviews/${DEMO_REVIEW}/audit`)).json()) as { events: Array<{ action: string; details: { export?: string } }> }
    const downloads = audit.events.filter((event) => event.action === 'export.downloaded').map((event) => event.details.export)
    expect(downloads.sort()).toEqual(['action-plan.csv', 'action-plan.csv', 'action-plan.docx'])
  })

  it('counts overdue actions on the review list for those who may read the plan, and for nobody else', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    await json(await server.fetchAs(author, ACTIONS, { method: 'POST', json: { ...NEW_ACTION, targetDate: '2020-02-01' } }), StoredActionSchema, 201)
    await json(await server.fetchAs(author, ACTIONS, { method: 'POST', json: { ...NEW_ACTION, targetDate: '2020-02-02', status: 'complete' } }), StoredActionSchema, 201)

    const listed = async (email: string) => (await json(await server.fetchAs(await server.login(email), '/api/reviews'), ReviewListSchema)).reviews.find(({ id }) => id === DEMO_REVIEW)?.actionPlan
    expect(await listed(ACCOUNTS.author)).toEqual({ overdueCount: 2, earliestTargetDate: '2020-02-01' })
    expect(await listed(ACCOUNTS.admin)).toEqual({ overdueCount: 2, earliestTargetDate: '2020-02-01' })
    expect(await listed(ACCOUNTS.comms)).toBeNull()
    expect(await listed(ACCOUNTS.agency)).toBeNull()
  })

  it('keeps the plan across a restart', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const created = await json(await server.fetchAs(author, ACTIONS, { method: 'POST', json: NEW_ACTION }), StoredActionSchema, 201)
    await server.close()

    const again = await startTestServer({ dataDir: server.dataDir })
    const plan = await json(await again.fetchAs(await again.login(ACCOUNTS.author), PLAN), ActionPlanViewSchema)
    expect(plan.actions.map(({ id }) => id)).toContain(created.id)
    expect(plan.actions).toHaveLength(5)
  })
})
