import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { MediaStatementRegisterViewSchema, MediaStatementViewSchema } from '../../shared/api/mediaStatement.js'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { SAVED_STATE_PARAM } from '../../shared/collab/messages.js'
import { putEntity } from '../../shared/redaction/registerDoc.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import { extractDocxText, readDocxParts } from '../../server/export/docxText.js'
import { probeAccess, type AccessOutcome as Outcome } from '../helpers/accessProbe.js'
import { connectProvider } from '../helpers/providers.js'
import { documentUrl, openRawSocket, refusedUpgrade } from '../helpers/rawSocket.js'
import { appendMarkedParagraph, appendParagraph, removeBlock } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const STATEMENT = 'review.child-k.media-statement'
const CHILD = 'demochild0000001'
const exportPath = (file: string) => `/api/reviews/child-k/exports/${file}`

async function untilServerHas(server: TestServer, name: string, check: (xml: string) => boolean) {
  await waitFor(`the server has the edit of ${name}`, () => {
    const doc = server.collab.registry.find(name)?.doc
    return doc !== undefined && check(doc.getXmlFragment(DOCUMENT_FRAGMENT).toString())
  })
}

async function registerView(server: TestServer, token: string) {
  const response = await server.fetchAs(token, '/api/reviews/child-k/media-statement/register')
  expect(response.status).toBe(200)
  return MediaStatementRegisterViewSchema.parse(await response.json())
}

async function openStatement(server: TestServer, token: string): Promise<Y.Doc> {
  return (await connectProvider(server.collabUrl, token, { documentName: STATEMENT })).doc
}

const headings = (doc: Y.Doc) => doc.getXmlFragment(DOCUMENT_FRAGMENT).toArray().filter((node) => 'nodeName' in node && node.nodeName === 'heading').length

describe('the media statement document', () => {
  it('opens for the comms lead and the author to write, the panel to read, and nobody else, before any content', async () => {
    const server = await startTestServer()
    const outcomes: Record<string, Outcome> = {}
    for (const role of ['admin', 'author', 'panel', 'agency', 'comms'] as const) {
      outcomes[role] = await probeAccess(documentUrl(server.collabUrl, STATEMENT, await server.login(ACCOUNTS[role]), { [SAVED_STATE_PARAM]: '1' }))
    }
    outcomes['no session'] = await probeAccess(documentUrl(server.collabUrl, STATEMENT, null))
    expect(outcomes).toEqual({ admin: 403, author: 'write', panel: 'read', agency: 403, comms: 'write', 'no session': 401 })
  })

  it('closes the comms lead’s socket when their role changes, and lets them back only as far as the new role allows', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const comms = await server.login(ACCOUNTS.comms)
    const socket = await openRawSocket(documentUrl(server.collabUrl, STATEMENT, comms))

    const changed = await server.fetchAs(admin, '/api/reviews/child-k/members', { method: 'POST', json: { email: ACCOUNTS.comms, role: 'agency', agencyId: 'police' } })

    expect(changed.status).toBe(201)
    expect((await socket.closed).code).toBe(CloseCode.AccessChanged)
    expect((await refusedUpgrade(documentUrl(server.collabUrl, STATEMENT, comms))).status).toBe(403)
  })

  it('starts a new review from the template, and writes the template into an older review’s statement once', async () => {
    const first = await startTestServer()
    const seeded = await openStatement(first, await first.login(ACCOUNTS.comms))
    expect(headings(seeded)).toBe(5)
    expect(seeded.getXmlFragment(DOCUMENT_FRAGMENT).toString()).toContain('Press enquiries')
    await first.close()

    // A data folder from before media statements: the review is there, its statement is not.
    await rm(join(first.dataDir, 'documents', STATEMENT), { recursive: true, force: true })
    const second = await startTestServer({ dataDir: first.dataDir })
    const comms = await second.login(ACCOUNTS.comms)
    const doc = await openStatement(second, comms)
    await waitFor('the template arrives', () => headings(doc) === 5)
    // Two readers at once, then the statement emptied by its authors: never written twice, never refilled.
    await registerView(second, comms)
    expect(headings(doc)).toBe(5)
    const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
    fragment.delete(0, fragment.length)
    appendParagraph(doc, 'Our own words.')
    await untilServerHas(second, STATEMENT, (xml) => xml.includes('Our own words.') && !xml.includes('heading'))
    await second.close()

    const third = await startTestServer({ dataDir: first.dataDir })
    const reopened = await openStatement(third, await third.login(ACCOUNTS.comms))
    expect(headings(reopened)).toBe(0)
    expect(reopened.getXmlFragment(DOCUMENT_FRAGMENT).toString()).toContain('Our own words.')
  })
})

describe('the media statement’s register view', () => {
  it('never gives the comms lead a register name that is not in the statement, and gives those typed there', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    const report = (await connectProvider(server.collabUrl, author)).doc
    report.transact(() => {
      putEntity(report, 'mother000000001', { realName: 'Mary Jones', aliases: ['Maz'], category: 'family', pseudonym: 'Mother' })
      appendParagraph(report, 'Mary Jones took Kai Walker to the clinic.')
    })
    await untilServerHas(server, DEMO_REPORT, (xml) => xml.includes('Mary Jones took'))
    const comms = await server.login(ACCOUNTS.comms)

    const before = await registerView(server, comms)
    expect(JSON.stringify(before)).not.toMatch(/Mary|Jones|Maz|Kai|Walker|KW/)
    expect(before.entities).toEqual(expect.arrayContaining([{ id: 'mother000000001', category: 'family', pseudonym: 'Mother', names: [] }]))
    expect(before.boardName).toBe('Northshire Safeguarding Children Partnership')

    const statement = await openStatement(server, comms)
    appendMarkedParagraph(statement, ['Kai was seen by Priya Shah (panel). ', { text: 'Walker', marks: { redaction: { entityId: CHILD, category: 'child', reason: null } } }])
    await untilServerHas(server, STATEMENT, (xml) => xml.includes('Kai was seen'))

    const after = await registerView(server, comms)
    expect(after.entities.find((entity) => entity.id === CHILD)?.names).toEqual(['Kai'])
    expect(after.otherNames).toEqual(['Priya Shah (panel)'])
    expect(JSON.stringify(after)).not.toMatch(/Mary|Jones|Maz|Walker|KW/)
  })

  it('is for those who may read the statement', async () => {
    const server = await startTestServer()
    expect((await server.fetchAs(await server.login(ACCOUNTS.agency), '/api/reviews/child-k/media-statement/register')).status).toBe(403)
    expect((await server.fetchAs(await server.login(ACCOUNTS.admin), '/api/reviews/child-k/media-statement/register')).status).toBe(403)
    expect((await server.fetchAs(await server.login(ACCOUNTS.panel), '/api/reviews/child-k/media-statement/register')).status).toBe(200)
  })
})

describe('the media statement’s leak check', () => {
  it('refuses each file naming the finding while a register name is unredacted, and gives it once redacted, with the pseudonym and never the name', async () => {
    const server = await startTestServer()
    const comms = await server.login(ACCOUNTS.comms)
    const statement = await openStatement(server, comms)
    const typed = appendMarkedParagraph(statement, ['We are thinking of Kai Walker and the family.'])
    await untilServerHas(server, STATEMENT, (xml) => xml.includes('thinking of Kai Walker'))

    for (const file of ['media-statement.docx', 'media-statement.md', 'media-statement.html']) {
      const refused = await server.fetchAs(comms, exportPath(file))
      const body = await refused.json()
      expect(refused.status).toBe(409)
      expect(body.error.code).toBe('leak_check_failed')
      expect(body.error.details.findings).toEqual(expect.arrayContaining([expect.objectContaining({ text: 'Kai Walker', label: 'Child' })]))
    }
    const view = MediaStatementViewSchema.parse(await (await server.fetchAs(comms, '/api/reviews/child-k/media-statement')).json())
    expect(view.findingCount).toBeGreaterThan(0)
    expect(view.html).toBeNull()
    expect(view.warnings.join(' ')).toMatch(/square brackets/)

    statement.transact(() => {
      removeBlock(statement, typed)
      appendMarkedParagraph(statement, ['We are thinking of ', { text: 'Kai Walker', marks: { redaction: { entityId: CHILD, category: 'child', reason: null } } }, ' and the family.'])
    })
    await untilServerHas(server, STATEMENT, (xml) => xml.includes('thinking of') && !xml.includes('We are thinking of Kai Walker and'))

    const docx = await server.fetchAs(comms, exportPath('media-statement.docx'))
    expect(docx.status).toBe(200)
    expect(docx.headers.get('content-disposition')).toContain('media-statement.docx')
    const bytes = new Uint8Array(await docx.arrayBuffer())
    const text = (await extractDocxText(bytes)).map((part) => part.text).join('\n')
    expect(text).toContain('We are thinking of Child K and the family.')
    expect(text).toContain('Media statement: Child K')
    for (const part of await readDocxParts(bytes)) expect(`${part.text}\n${part.markup}`).not.toMatch(/Kai|Walker/i)
    for (const file of ['media-statement.md', 'media-statement.html']) {
      const response = await server.fetchAs(comms, exportPath(file))
      const body = await response.text()
      expect(response.status).toBe(200)
      expect(body).toContain('Child K')
      expect(body).not.toMatch(/Kai|Walker/i)
    }
    const audit = await (await server.fetchAs(await server.login(ACCOUNTS.author), '/api/reviews/child-k/audit')).text()
    expect(audit).toContain('media-statement.docx')
  })

  it('shows the finding’s words to the comms lead who typed them, and keeps the public preview back until it is clean', async () => {
    const server = await startTestServer()
    const comms = await server.login(ACCOUNTS.comms)
    const statement = await openStatement(server, comms)
    appendParagraph(statement, 'Call 07700 900123 for Kai.')
    await untilServerHas(server, STATEMENT, (xml) => xml.includes('07700'))
    const view = MediaStatementViewSchema.parse(await (await server.fetchAs(comms, '/api/reviews/child-k/media-statement')).json())
    expect(view.findings.map((finding) => finding.text)).toEqual(expect.arrayContaining(['07700 900123', 'Kai']))
    expect(view.title).toBe('Media statement: Child K')
  })
})
