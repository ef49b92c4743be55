import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { PublicationPackRefusalSchema } from '../../shared/api/publication.js'
import { readDocxParts } from '../../server/export/docxText.js'
import { extractPdfText } from '../../server/export/pdfText.js'
import { DEMO_ACCOUNTS } from '../../server/reviews/demo.js'
import { connectProvider } from '../helpers/providers.js'
import { insertParagraphInSection } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'
import { waitFor } from '../helpers/waitFor.js'
import { commentOn } from '../server/comments/commentEdits.js'

const PACK = '/api/reviews/child-k/exports/publication-pack.zip'
const BOARD_RESPONSE = '/api/reviews/child-k/board-response'
const PACK_FILES = ['executive-summary.pdf', 'executive-summary.docx', 'board-response-and-action-plan.docx', 'media-statement.docx']
/** The demo register's real name and aliases (server/reviews/demo.ts). */
const REGISTER_NAMES = ['Kai Walker', 'Kai', 'KW']
const COMMENT_SENTENCE = 'The panel thinks the bruising was seen twice without a referral.'
const CONFIDENTIAL = 'Only for the panel: the grandmother described the night of the injury in detail.'

const RESPONSE = {
  revision: 0,
  acceptance: 'accepts-all',
  acceptanceReasons: '',
  actionsTaken: 'A single route for sharing concerns about babies was agreed.',
  impact: 'Every referral about Child K’s age group now reaches the front door within a day.',
  furtherActions: 'Training on seeing babies alone, from September.',
}

/** The demo review (its summary ready to publish) with a comment, a confidential report-only passage, and the board's response. */
async function reviewReadyToPublish(server: TestServer) {
  const authorToken = await server.login(ACCOUNTS.author)
  const { doc } = await connectProvider(server.collabUrl, authorToken)
  const author = { id: server.accounts.findByEmail(ACCOUNTS.author)?.id ?? '', name: 'Alex Morgan (independent author)' }
  // The demo's summary already has its sections; the analysis is read in the report only.
  insertParagraphInSection(doc, 'analysis', CONFIDENTIAL)
  commentOn(doc, 'thr_packtest01', 'considered were not accidental', author, COMMENT_SENTENCE)
  await waitFor('the server has the edits', () => {
    const stored = server.collab.registry.find(DEMO_REPORT)?.doc
    return stored !== undefined && stored.getMap('comments').size === 1 && JSON.stringify(stored.getXmlFragment('default').toJSON()).includes('the grandmother described')
  })
  const admin = await server.login(ACCOUNTS.admin)
  expect((await server.fetchAs(admin, BOARD_RESPONSE, { method: 'PUT', json: RESPONSE })).status).toBe(200)
  return { admin, authorToken }
}

async function textsOf(zip: JSZip): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  for (const file of Object.keys(zip.files)) {
    const bytes = await zip.file(file)!.async('uint8array')
    const parts = file.endsWith('.pdf') ? await extractPdfText(bytes) : (await readDocxParts(bytes)).map(({ part, text, markup }) => ({ part, text: `${text}\n${markup}` }))
    texts.set(file, parts.map(({ text }) => text).join('\n'))
  }
  return texts
}

const wholeWord = (name: string) => new RegExp(`(^|[^\\p{L}\\p{N}])${name}($|[^\\p{L}\\p{N}])`, 'iu')

describe('the publication pack', () => {
  it('holds exactly its files, each free of names, comments and report-only text', async () => {
    const server = await startTestServer()
    await reviewReadyToPublish(server)
    const comms = await server.login(ACCOUNTS.comms)

    const response = await server.fetchAs(comms, PACK)
    expect(response.status, await response.clone().text()).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/zip')
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="publication-pack.zip"')
    const zip = await JSZip.loadAsync(new Uint8Array(await response.arrayBuffer()))
    expect(Object.keys(zip.files)).toEqual(PACK_FILES)

    const texts = await textsOf(zip)
    for (const [file, text] of texts) {
      for (const name of [...REGISTER_NAMES, ...DEMO_ACCOUNTS.map((account) => account.name)]) expect(text, `${file} holds ${name}`).not.toMatch(wholeWord(name))
      expect(text.replace(/\s+/g, ' '), file).not.toContain('bruising was seen twice')
      expect(text.replace(/\s+/g, ' '), file).not.toContain('grandmother described')
    }
    expect(texts.get('executive-summary.docx')).toContain('Executive summary: Child K')
    expect(texts.get('executive-summary.pdf')?.replace(/\s+/g, ' ')).toContain('admitted to hospital')
    // The demo's summary of events and its recommendations are in the public summary.
    expect(texts.get('executive-summary.pdf')?.replace(/\s+/g, ' ')).toContain('Child K was seen once during the assessment, before his admission to hospital.')
    expect(texts.get('executive-summary.docx')).toContain('Health visitors should see a baby alone at each contact')
    const boardResponse = texts.get('board-response-and-action-plan.docx') ?? ''
    expect(boardResponse).toContain("The board's response: Child K")
    expect(boardResponse).toContain('The board accepts all the findings.')
    expect(boardResponse).toContain('Every referral about Child K’s age group now reaches the front door within a day.')
    // The action plan summary: the demo's recommendations, numbered, with their actions.
    expect(boardResponse).toContain('1. The partnership should make sure that agencies share concerns about a baby through a single, agreed route.')
    expect(boardResponse).toContain('A joint strategy discussion within one working day')
    expect(boardResponse).toContain('Police')

    const events = await server.audit.read({ reviewId: 'child-k' })
    expect(events.find((event) => event.action === 'export.downloaded')?.details).toEqual({ export: 'publication-pack.zip', files: PACK_FILES })
  })

  it('is refused whole, naming the part and the finding, when a name is typed into the board’s response', async () => {
    const server = await startTestServer()
    const { admin, authorToken } = await reviewReadyToPublish(server)
    const leaked = await server.fetchAs(admin, BOARD_RESPONSE, { method: 'PUT', json: { ...RESPONSE, revision: 1, actionsTaken: 'Kai Walker’s school now checks attendance daily.' } })
    expect(leaked.status).toBe(200)

    const comms = await server.login(ACCOUNTS.comms)
    const refused = await server.fetchAs(comms, PACK)
    expect(refused.status).toBe(409)
    expect(refused.headers.get('content-type')).toContain('application/json')
    const body = await refused.text()
    expect(body).not.toMatch(/Kai|Walker/)
    const error = JSON.parse(body).error
    expect(error.code).toBe('leak_check_failed')
    expect(error.message).toContain('board-response-and-action-plan.docx')
    const details = PublicationPackRefusalSchema.parse(error.details)
    expect(details.parts.map((part) => part.file)).toEqual(['board-response-and-action-plan.docx'])
    expect(details.findings.length).toBeGreaterThan(0)
    for (const finding of details.findings) expect(finding.part).toMatch(/^board-response-and-action-plan\.docx: /)
    expect(details.findings[0]).toMatchObject({ label: 'Child' })

    // The author may read the report, so learns which text it was.
    const forAuthor = PublicationPackRefusalSchema.parse((await (await server.fetchAs(authorToken, PACK)).json()).error.details)
    expect(forAuthor.findings.map((finding) => finding.text)).toContain('Kai Walker')

    const single = await server.fetchAs(comms, '/api/reviews/child-k/exports/board-response.docx')
    expect(single.status).toBe(409)
    expect(PublicationPackRefusalSchema.parse((await single.json()).error.details).parts).toEqual([{ file: 'board-response.docx', findingCount: details.findingCount }])
    const events = await server.audit.read({ reviewId: 'child-k' })
    expect(events.some((event) => event.action === 'export.downloaded')).toBe(false)
    expect(events.find((event) => event.action === 'export.refused' && event.details.export === 'publication-pack.zip')?.details).toMatchObject({ parts: ['board-response-and-action-plan.docx'] })
  })

  it('gives the board’s response alone as a Word file', async () => {
    const server = await startTestServer()
    await reviewReadyToPublish(server)
    const response = await server.fetchAs(await server.login(ACCOUNTS.comms), '/api/reviews/child-k/exports/board-response.docx')
    expect(response.status).toBe(200)
    const parts = await readDocxParts(new Uint8Array(await response.arrayBuffer()))
    expect(parts.find(({ part }) => part === 'word/document.xml')?.text).toContain('Action plan summary')
  })
})
