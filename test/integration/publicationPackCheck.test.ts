import { describe, expect, it } from 'vitest'
import { PublicationPackCheckSchema, type PublicationPackCheck } from '../../shared/api/publicationPack.js'
import { setSectionAudience } from '../helpers/reportEdits.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer, type TestServer } from '../helpers/testServer.js'

const CHECK = '/api/reviews/child-k/publication-pack'
const PACK = '/api/reviews/child-k/exports/publication-pack.zip'
const BOARD_RESPONSE = '/api/reviews/child-k/board-response'
const BOARD_RESPONSE_FILE = 'board-response-and-action-plan.docx'

const RESPONSE = {
  revision: 0,
  acceptance: 'accepts-all',
  acceptanceReasons: '',
  actionsTaken: 'A single route for sharing concerns about babies was agreed.',
  impact: 'Referrals about babies now reach the front door within a day.',
  furtherActions: 'Training on seeing babies alone, from September.',
}

async function checkAs(server: TestServer, token: string): Promise<PublicationPackCheck> {
  const response = await server.fetchAs(token, CHECK)
  expect(response.status, await response.clone().text()).toBe(200)
  return PublicationPackCheckSchema.parse(await response.json())
}

const fileOf = (check: PublicationPackCheck, file: string) => {
  const found = check.files.find((entry) => entry.file === file)
  if (!found) throw new Error(`the check has no ${file}`)
  return found
}
const messagesOf = (check: PublicationPackCheck, file: string) => fileOf(check, file).warnings.map((warning) => warning.message).join('\n')

describe('the publication pack’s readiness check', () => {
  it('lists each file of the pack with what it still lacks, and a written board’s response takes its warning away', async () => {
    const server = await startTestServer()
    const comms = await server.login(ACCOUNTS.comms)

    const before = await checkAs(server, comms)
    expect(before.files.map(({ file, source }) => [file, source])).toEqual([
      ['executive-summary.pdf', 'summary'],
      ['executive-summary.docx', 'summary'],
      [BOARD_RESPONSE_FILE, 'board-response'],
      ['media-statement.docx', 'media-statement'],
    ])
    expect(before).toMatchObject({ ready: true, complete: false })
    for (const file of before.files) expect(file).toMatchObject({ findingCount: 0, findings: [] })
    // The demo's summary has every part the guidance asks for, and the public roles.
    expect(fileOf(before, 'executive-summary.pdf').warnings).toEqual([])
    expect(fileOf(before, 'executive-summary.docx').warnings).toEqual([])
    expect(messagesOf(before, 'media-statement.docx')).toMatch(/square brackets/)
    expect(messagesOf(before, BOARD_RESPONSE_FILE)).toMatch(/has not been written yet/)
    // Every demo recommendation has an action.
    expect(messagesOf(before, BOARD_RESPONSE_FILE)).not.toMatch(/no actions/)

    const admin = await server.login(ACCOUNTS.admin)
    expect((await server.fetchAs(admin, BOARD_RESPONSE, { method: 'PUT', json: RESPONSE })).status).toBe(200)
    const after = await checkAs(server, comms)
    expect(fileOf(after, BOARD_RESPONSE_FILE).warnings).toEqual([])
    expect(after.complete).toBe(false)
  })

  it('warns about a part the executive summary lacks', async () => {
    const server = await startTestServer()
    // The summary of events leaves the summary: the report keeps it.
    await server.collab.registry.read(DEMO_REPORT, (document) => document.doc.transact(() => setSectionAudience(document.doc, 'agencyInvolvement', 'report')))
    const check = await checkAs(server, await server.login(ACCOUNTS.comms))
    expect(check).toMatchObject({ ready: true, complete: false })
    for (const file of ['executive-summary.pdf', 'executive-summary.docx']) {
      expect(fileOf(check, file).warnings, file).toEqual([{ message: 'The executive summary has no section with a summary of events.' }])
    }
    expect(fileOf(check, 'executive-summary.pdf').findingCount).toBe(0)
  })

  it('warns about a recommendation with no actions on the plan', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)
    for (const action of server.actionPlans.list('child-k').filter((entry) => entry.recommendationId === 'rcm_demo02')) {
      expect((await server.fetchAs(author, `/api/reviews/child-k/action-plan/actions/${action.id}?revision=${action.revision}`, { method: 'DELETE' })).status).toBe(204)
    }
    const check = await checkAs(server, author)
    expect(messagesOf(check, BOARD_RESPONSE_FILE)).toContain('Recommendation 2 has no actions on the action plan yet.')
    // It is put right on the action plan, not in the board's response.
    expect(fileOf(check, BOARD_RESPONSE_FILE).warnings).toContainEqual({ message: 'Recommendation 2 has no actions on the action plan yet.', fixedOn: 'action-plan' })
  })

  it('shows the findings the zip would be refused for, their text only to those who may read the report', async () => {
    const server = await startTestServer()
    const admin = await server.login(ACCOUNTS.admin)
    const leaked = { ...RESPONSE, actionsTaken: 'Kai Walker’s school now checks attendance daily.' }
    expect((await server.fetchAs(admin, BOARD_RESPONSE, { method: 'PUT', json: leaked })).status).toBe(200)

    const comms = await server.login(ACCOUNTS.comms)
    const forComms = await checkAs(server, comms)
    expect(forComms.ready).toBe(false)
    const part = fileOf(forComms, BOARD_RESPONSE_FILE)
    expect(part.findingCount).toBeGreaterThan(0)
    expect(part.findings).toHaveLength(part.findingCount)
    for (const finding of part.findings) expect(finding.text).toBeUndefined()
    expect(JSON.stringify(forComms)).not.toMatch(/Kai|Walker/)
    for (const other of forComms.files.filter((file) => file.file !== BOARD_RESPONSE_FILE)) expect(other.findingCount).toBe(0)

    // The zip is refused for exactly that file and that many findings.
    const refused = await server.fetchAs(comms, PACK)
    expect(refused.status).toBe(409)
    expect((await refused.json()).error.details.parts).toEqual([{ file: BOARD_RESPONSE_FILE, findingCount: part.findingCount }])

    const forAuthor = await checkAs(server, await server.login(ACCOUNTS.author))
    expect(fileOf(forAuthor, BOARD_RESPONSE_FILE).findings.map((finding) => finding.text)).toContain('Kai Walker')
  })

  it('is for those who may download the pack', async () => {
    const server = await startTestServer()
    for (const [account, status] of [[ACCOUNTS.panel, 403], [ACCOUNTS.agency, 403]] as const) {
      const response = await server.fetchAs(await server.login(account), CHECK)
      expect(response.status).toBe(status)
    }
  })
})
