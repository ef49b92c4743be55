import { describe, expect, it } from 'vitest'
import { putEntity, writePublicRoles } from '../../shared/redaction/registerDoc.js'
import { connectProvider } from '../helpers/providers.js'
import { appendMarkedParagraph, removeBlock, setSectionAudience } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const SUMMARY = '/api/reviews/child-k/summary'
const HTML = '/api/reviews/child-k/exports/executive-summary.html'
const MARKDOWN = '/api/reviews/child-k/exports/executive-summary.md'

const redacted = (text: string, entityId: string | null, category = 'family') => ({ text, marks: { redaction: { entityId, category, reason: entityId ? null : 'identifiesChild' } } })

async function draftWithRegister(server: TestServer) {
  const author = await server.login(ACCOUNTS.author)
  const provider = await connectProvider(server.collabUrl, author)
  const { doc } = provider
  doc.transact(() => {
    putEntity(doc, 'childk000000001', { realName: 'Kyle Smith', aliases: [], category: 'child', pseudonym: 'Child K' })
    putEntity(doc, 'mother00000001', { realName: 'Jane Smith', aliases: ['Janey'], category: 'family', pseudonym: 'Mother' })
    writePublicRoles(doc, { boardName: 'Northshire Safeguarding Children Board', boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Dr Ruth Hale', panelMembers: [{ jobTitle: 'Designated Nurse', organisation: 'Northshire ICB' }] })
    setSectionAudience(doc, 'introduction', 'both')
    setSectionAudience(doc, 'recommendations', 'both')
  })
  return { author, doc }
}

async function untilServerHas(server: TestServer, check: (text: string) => boolean) {
  await waitFor('the server has the edit', () => {
    const doc = server.collab.registry.find(DEMO_REPORT)?.doc
    return doc !== undefined && check(JSON.stringify(doc.getXmlFragment('default').toJSON()) + JSON.stringify(doc.getMap('register').toJSON()))
  })
}

describe('the executive summary and its leak check', () => {
  it('refuses every export while a registered name is unredacted, telling the author where, and the comms lead only how many', async () => {
    const server = await startTestServer()
    const { author, doc } = await draftWithRegister(server)
    appendMarkedParagraph(doc, ['Janey told the health visitor she was worried.'])
    await untilServerHas(server, (text) => text.includes('Janey told'))
    const comms = await server.login(ACCOUNTS.comms)

    const refused = await server.fetchAs(author, MARKDOWN)
    const body = await refused.json()
    expect(refused.status).toBe(409)
    expect(body.error.code).toBe('leak_check_failed')
    expect(body.error.details.findings).toContainEqual(expect.objectContaining({ text: 'Janey', label: 'Family member', place: expect.objectContaining({ sectionId: expect.any(String) }) }))

    const forComms = await server.fetchAs(comms, HTML)
    const commsText = await forComms.text()
    expect(forComms.status).toBe(409)
    expect(commsText).not.toMatch(/Jane/i)
    expect(JSON.parse(commsText).error.details.findingCount).toBeGreaterThan(0)

    const summary = await (await server.fetchAs(comms, SUMMARY)).json()
    expect(summary).toMatchObject({ html: null, findings: null })
    expect(summary.findingCount).toBeGreaterThan(0)
  })

  it('gives the comms lead a summary that reads "Mother" once the name is redacted, in HTML and Markdown', async () => {
    const server = await startTestServer()
    const { doc } = await draftWithRegister(server)
    appendMarkedParagraph(doc, [redacted('Jane’s', 'mother00000001'), ' partner met ', redacted('3 May', null, 'date'), ' with the school.'])
    await untilServerHas(server, (text) => text.includes('partner met'))
    const comms = await server.login(ACCOUNTS.comms)

    const html = await server.fetchAs(comms, HTML)
    const page = await html.text()
    expect(html.status).toBe(200)
    expect(html.headers.get('content-disposition')).toContain('executive-summary.html')
    expect(page).toContain('<html lang="en-GB">')
    expect(page).toContain('<title>Executive summary: Child K</title>')
    expect(page).toContain('<meta name="author" content="Northshire Safeguarding Children Board">')
    expect(page).toContain('Mother’s partner met [a date] with the school.')
    expect(page).toContain('The independent overview author was Dr Ruth Hale.')
    expect(page).not.toMatch(/Jane|Kyle|Smith/i)
    expect(page).not.toContain('Terms of reference')

    const markdown = await server.fetchAs(comms, MARKDOWN)
    const text = await markdown.text()
    expect(markdown.status).toBe(200)
    expect(text).toContain('# Executive summary: Child K')
    expect(text).toContain('Mother’s partner met \\[a date\\] with the school.')
    expect(text).not.toMatch(/Jane|Kyle|Smith/i)
  })

  it('catches a UK identifier nobody registered, and lets only the author accept a false positive, with a reason, in the audit log', async () => {
    const server = await startTestServer()
    const { author, doc } = await draftWithRegister(server)
    const paragraph = appendMarkedParagraph(doc, ['The car outside was a brown Smith and Co van.'])
    await untilServerHas(server, (text) => text.includes('brown Smith'))
    const panel = await server.login(ACCOUNTS.panel)

    expect((await server.fetchAs(author, HTML)).status).toBe(409)
    expect((await server.fetchAs(panel, '/api/reviews/child-k/exports/accepted-findings', { method: 'POST', json: { text: 'Smith', reason: 'The van maker, not the family.' } })).status).toBe(403)
    const tooShort = await server.fetchAs(author, '/api/reviews/child-k/exports/accepted-findings', { method: 'POST', json: { text: 'Smith', reason: 'no' } })
    expect(tooShort.status).toBe(400)
    const accepted = await server.fetchAs(author, '/api/reviews/child-k/exports/accepted-findings', { method: 'POST', json: { text: 'Smith', reason: 'Smith and Co is the van maker, not the family.' } })
    expect(accepted.status).toBe(201)
    expect((await server.fetchAs(author, HTML)).status).toBe(200)

    const audit = await (await server.fetchAs(author, '/api/reviews/child-k/audit')).json()
    expect(audit.events).toContainEqual(expect.objectContaining({ action: 'leakcheck.finding_accepted', details: expect.objectContaining({ text: 'Smith' }) }))

    removeBlock(doc, paragraph)
    appendMarkedParagraph(doc, ['Her NHS number, 943 476 5919, was on the letter.'])
    await untilServerHas(server, (text) => text.includes('NHS number'))
    const refused = await (await server.fetchAs(author, HTML)).json()
    expect(refused.error.details.findings).toContainEqual(expect.objectContaining({ text: '943 476 5919', label: 'NHS number' }))
  })

  it('lets the comms lead, the author and an admin export, and not a panel member or an agency author', async () => {
    const server = await startTestServer()
    const statuses: Record<string, number> = {}
    for (const [who, email] of Object.entries({ comms: ACCOUNTS.comms, author: ACCOUNTS.author, admin: ACCOUNTS.admin, panel: ACCOUNTS.panel, agency: ACCOUNTS.agency })) {
      const token = await server.login(email)
      statuses[who] = (await server.fetchAs(token, HTML)).status
    }
    expect(statuses).toEqual({ comms: 200, author: 200, admin: 200, panel: 403, agency: 403 })
    expect((await server.fetchAs(await server.login(ACCOUNTS.author), '/api/reviews/child-k/exports/report.exe')).status).toBe(404)
  })
})
