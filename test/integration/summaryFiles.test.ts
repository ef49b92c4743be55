import type * as Y from 'yjs'
import { describe, expect, it } from 'vitest'
import { PUBLIC_ROLES_MAP, putEntity, writePublicRoles } from '../../shared/redaction/registerDoc.js'
import { extractDocxText } from '../../server/export/docxText.js'
import { extractPdfText } from '../../server/export/pdfText.js'
import { connectProvider } from '../helpers/providers.js'
import { appendMarkedParagraph, removeBlock, setSectionAudience } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'

const DOCX = '/api/reviews/child-k/exports/executive-summary.docx'
const PDF = '/api/reviews/child-k/exports/executive-summary.pdf'
const HTML = '/api/reviews/child-k/exports/executive-summary.html'
const MARKDOWN = '/api/reviews/child-k/exports/executive-summary.md'
const BOARD = 'Northshire Safeguarding Children Board'

const redacted = (text: string, entityId: string | null, category = 'family') => ({ text, marks: { redaction: { entityId, category, reason: entityId ? null : 'identifiesChild' } } })

async function draftWithRegister(server: TestServer, { boardName = BOARD, introductionAudience = 'both' } = {}): Promise<Y.Doc> {
  const author = await server.login(ACCOUNTS.author)
  const { doc } = await connectProvider(server.collabUrl, author)
  doc.transact(() => {
    putEntity(doc, 'childk000000001', { realName: 'Kyle Smith', aliases: [], category: 'child', pseudonym: 'Child K' })
    putEntity(doc, 'mother00000001', { realName: 'Jane Smith', aliases: ['Janey'], category: 'family', pseudonym: 'Mother' })
    writePublicRoles(doc, { boardName, boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Dr Ruth Hale', panelMembers: [{ jobTitle: 'Designated Nurse', organisation: 'Northshire ICB' }] })
    setSectionAudience(doc, 'introduction', introductionAudience)
    setSectionAudience(doc, 'recommendations', 'both')
  })
  return doc
}

async function untilServerHas(server: TestServer, check: (text: string) => boolean) {
  await waitFor('the server has the edit', () => {
    const doc = server.collab.registry.find(DEMO_REPORT)?.doc
    return doc !== undefined && check(JSON.stringify(doc.getXmlFragment('default').toJSON()) + JSON.stringify(doc.getMap('register').toJSON()) + JSON.stringify(doc.getMap(PUBLIC_ROLES_MAP).toJSON()))
  })
}

async function download(server: TestServer, token: string, path: string): Promise<{ response: Response; bytes: Uint8Array }> {
  const response = await server.fetchAs(token, path)
  return { response, bytes: new Uint8Array(await response.arrayBuffer()) }
}

const allText = (parts: Array<{ part: string; text: string }>) => parts.map(({ text }) => text).join('\n')

describe('the executive summary as Word and PDF files', () => {
  it('refuses both while a name is unredacted, and gives the comms lead both once it is redacted, reading the pseudonym', async () => {
    const server = await startTestServer()
    const doc = await draftWithRegister(server)
    const unredacted = appendMarkedParagraph(doc, ['Janey’s partner met Jane Smith at the school.'])
    await untilServerHas(server, (text) => text.includes('partner met Jane Smith'))
    const comms = await server.login(ACCOUNTS.comms)

    for (const path of [DOCX, PDF]) {
      const refused = await server.fetchAs(comms, path)
      const body = await refused.text()
      expect(refused.status).toBe(409)
      expect(JSON.parse(body).error.code).toBe('leak_check_failed')
      expect(JSON.parse(body).error.details.findingCount).toBeGreaterThan(0)
      expect(body).not.toMatch(/Jane|Kyle|Smith/i)
    }

    removeBlock(doc, unredacted)
    appendMarkedParagraph(doc, [redacted('Jane’s', 'mother00000001'), ' partner met ', redacted('3 May', null, 'date'), ' with the school.'])
    await untilServerHas(server, (text) => !text.includes('partner met Jane Smith') && text.includes(' partner met '))

    const docx = await download(server, comms, DOCX)
    expect(docx.response.status).toBe(200)
    expect(docx.response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(docx.response.headers.get('content-disposition')).toBe('attachment; filename="executive-summary.docx"')
    const docxParts = await extractDocxText(docx.bytes)
    const documentText = docxParts.find(({ part }) => part === 'word/document.xml')?.text ?? ''
    expect(documentText).toContain('Executive summary: Child K')
    expect(documentText).toContain('Mother’s partner met [a date] with the school.')
    expect(docxParts.find(({ part }) => part === 'docProps/core.xml')?.text).toContain(BOARD)
    expect(allText(docxParts)).not.toMatch(/Jane|Kyle|Smith/i)

    const pdf = await download(server, comms, PDF)
    expect(pdf.response.status).toBe(200)
    expect(pdf.response.headers.get('content-type')).toBe('application/pdf')
    expect(pdf.response.headers.get('content-disposition')).toBe('attachment; filename="executive-summary.pdf"')
    const pdfParts = await extractPdfText(pdf.bytes)
    // At the end of the demo's summary, past its first page.
    expect(allText(pdfParts.filter(({ part }) => part.startsWith('page '))).replace(/\s+/g, ' ')).toContain('Mother’s partner met [a date] with the school.')
    expect(pdfParts.find(({ part }) => part === 'metadata')?.text).toContain(BOARD)
    expect(allText(pdfParts)).not.toMatch(/Jane|Kyle|Smith/i)

    const author = await server.login(ACCOUNTS.author)
    const audit = await (await server.fetchAs(author, '/api/reviews/child-k/audit')).json()
    expect(audit.events).toContainEqual(expect.objectContaining({ action: 'export.refused', details: expect.objectContaining({ export: 'executive-summary.pdf' }) }))
    expect(audit.events).toContainEqual(expect.objectContaining({ action: 'export.downloaded', details: expect.objectContaining({ export: 'executive-summary.docx' }) }))
  })

  it('catches a registered name that reaches only the file’s properties, where the author can see it', async () => {
    const server = await startTestServer()
    // With the introduction kept out of the summary, the board's name is in no text: only in the
    // author and creator of the files (and the HTML page's author).
    await draftWithRegister(server, { boardName: 'Jane Smith', introductionAudience: 'report' })
    await untilServerHas(server, (text) => text.includes('"boardName":"Jane Smith"'))
    const author = await server.login(ACCOUNTS.author)

    const docx = await (await server.fetchAs(author, DOCX)).json()
    expect(docx.error.code).toBe('leak_check_failed')
    expect(docx.error.details.findings).toContainEqual(expect.objectContaining({ text: 'Jane Smith', label: 'Family member', part: 'docProps/core.xml' }))
    expect(docx.error.details.findings.filter((finding: { part: string }) => finding.part === 'word/document.xml')).toEqual([])

    const pdf = await (await server.fetchAs(author, PDF)).json()
    expect(pdf.error.code).toBe('leak_check_failed')
    expect(pdf.error.details.findings).toEqual([expect.objectContaining({ text: 'Jane Smith', label: 'Family member', part: 'metadata' })])

    expect((await server.fetchAs(author, HTML)).status).toBe(409)
    expect((await server.fetchAs(author, MARKDOWN)).status).toBe(200)
  })
})
