import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ImportProblemSchema, ImportResultSchema, ImrViewSchema, SAMPLE_CHRONOLOGY_PATH } from '../../shared/api/imrs.js'
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS } from '../../shared/imr/chronologyColumns.js'
import { startServer } from '../../server/server.js'
import { csvOf, CSV_TYPE, DOCX_TYPE, docxOf, SHORT_HEADER } from '../fixtures/imr/chronologyFiles.js'
import { ACCOUNTS, ADMIN_PASSWORD, DEMO_PASSWORD, DEMO_REVIEW, startTestServer, type TestServer } from '../helpers/testServer.js'
import { makeTempDir } from '../helpers/tempDir.js'
import { signIn } from '../support/accounts.js'

const HEALTH = `/api/reviews/${DEMO_REVIEW}/imrs/health`
const CLIENT_PUBLIC = fileURLToPath(new URL('../../client/public', import.meta.url))
const ImportFailureSchema = z.object({ error: z.object({ code: z.literal('import_failed'), message: z.string(), details: z.array(ImportProblemSchema) }) })
const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) })

const row = (date: string, event = 'Home visit', source = 'HV record') => [date, '', 'Health Visitor', event, source, 'yes']

function sendFile(server: TestServer, token: string, body: string | Uint8Array, contentType: string, query = ''): Promise<Response> {
  const bytes = typeof body === 'string' ? body : new Blob([new Uint8Array(body)])
  return fetch(`${server.url}${HEALTH}/chronology/import${query}`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': contentType }, body: bytes })
}

async function entriesOf(server: TestServer, token: string) {
  return ImrViewSchema.parse(await (await server.fetchAs(token, HEALTH)).json()).entries
}

describe('importing a chronology over HTTP', () => {
  it('replaces the chronology with a CSV larger than the API’s JSON limit, or adds to it', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    const long = 'A long account of the visit. '.repeat(150)
    const csv = csvOf([SHORT_HEADER, ...Array.from({ length: 30 }, (_, index) => row(`${String(index + 1).padStart(2, '0')}/01/2023`, long))])
    expect(csv.length).toBeGreaterThan(64 * 1024)

    const replaced = await sendFile(server, agency, csv, 'text/csv; charset=utf-8')
    const appended = await sendFile(server, agency, csvOf([SHORT_HEADER, row('2023-02')]), CSV_TYPE, '?mode=append')

    expect(ImportResultSchema.parse(await replaced.json())).toEqual({ imported: 30, entryCount: 30 })
    expect(ImportResultSchema.parse(await appended.json())).toEqual({ imported: 1, entryCount: 31 })
    const entries = await entriesOf(server, agency)
    expect(entries).toHaveLength(31)
    expect(entries[0].date).toEqual({ precision: 'day', date: '2023-01-01' })
    expect(entries.at(-1)?.date).toEqual({ precision: 'month', month: '2023-02' })
  })

  it('imports a Word document’s chronology table', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    const docx = await docxOf(['Chronology', [SHORT_HEADER, row('14/03/2012'), row('about 20/03/2012', 'Clinic\nweighed')]])

    const response = await sendFile(server, agency, docx, DOCX_TYPE)

    expect(ImportResultSchema.parse(await response.json())).toEqual({ imported: 2, entryCount: 2 })
    expect((await entriesOf(server, agency))[1]).toMatchObject({ event: 'Clinic\nweighed', date: { precision: 'approximate', date: '2012-03-20' } })
  })

  it('refuses a file with any bad row as a whole, listing the problems, and keeps the chronology as it was, also after a restart', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    const before = await entriesOf(server, agency)
    const csv = csvOf([SHORT_HEADER, row('14/03/2012'), row('31/04/2012'), row('15/03/2012', 'Visit', '')])
    const docx = await docxOf([[[...SHORT_HEADER, 'colour'], [...row('14/03/2012'), 'blue']]])

    const badCsv = await sendFile(server, agency, csv, CSV_TYPE)
    const badDocx = await sendFile(server, agency, docx, DOCX_TYPE, '?mode=append')

    expect(badCsv.status).toBe(400)
    expect(ImportFailureSchema.parse(await badCsv.json()).error.details).toEqual([
      { row: 2, column: 'date', message: expect.stringContaining('not a real date') },
      { row: 3, column: 'source', message: expect.any(String) },
    ])
    expect(ImportFailureSchema.parse(await badDocx.json()).error.details).toEqual([{ row: 0, column: 'colour', message: expect.stringContaining('not a chronology column') }])
    expect(await entriesOf(server, agency)).toEqual(before)
    await server.close()
    const restarted = await startTestServer({ dataDir: server.dataDir })
    expect(await entriesOf(restarted, await restarted.login(ACCOUNTS.agency))).toEqual(before)
  })

  it('refuses an empty file, a header alone, too many rows and a document without a chronology table, each clearly', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    const tooMany = csvOf([SHORT_HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row('14/03/2012'))])
    const cases: Array<[string | Uint8Array, string, string]> = [
      ['', CSV_TYPE, 'empty'],
      [csvOf([SHORT_HEADER]), CSV_TYPE, 'no rows'],
      [tooMany, CSV_TYPE, 'at most 10,000'],
      [await docxOf(['A letter, not a chronology.']), DOCX_TYPE, 'no table'],
      [new Uint8Array(0), DOCX_TYPE, 'empty'],
    ]

    for (const [body, type, words] of cases) {
      const response = await sendFile(server, agency, body, type)
      expect(response.status).toBe(400)
      expect(ImportFailureSchema.parse(await response.json()).error.message).toContain(words)
    }
  })

  it('refuses a file over its limit with 413 before reading it all, with or without a length, and other kinds of file with 415', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    const huge = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x61)
    let sent = 0
    const chunk = new Uint8Array(64 * 1024).fill(0x61)
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += chunk.byteLength
        if (sent > 4 * MAX_IMPORT_BYTES) controller.close()
        else controller.enqueue(chunk)
      },
    })

    const withLength = await sendFile(server, agency, huge, CSV_TYPE)
    const withoutLength = await fetch(`${server.url}${HEALTH}/chronology/import`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${agency}`, 'Content-Type': CSV_TYPE },
      body: endless,
      duplex: 'half',
    } as RequestInit)
    const asJson = await server.fetchAs(agency, `${HEALTH}/chronology/import`, { method: 'POST', json: { rows: [] } })
    const asLatin1 = await sendFile(server, agency, 'date', 'text/csv; charset=iso-8859-1')
    const badMode = await sendFile(server, agency, csvOf([SHORT_HEADER, row('14/03/2012')]), CSV_TYPE, '?mode=merge')

    expect(withLength.status).toBe(413)
    expect(ErrorSchema.parse(await withLength.json()).error).toEqual({ code: 'payload_too_large', message: 'The chronology file is too large: send at most 5 MiB.' })
    expect(withoutLength.status).toBe(413)
    expect(sent).toBeLessThan(4 * MAX_IMPORT_BYTES)
    expect([asJson.status, asLatin1.status, badMode.status]).toEqual([415, 415, 400])
  })

  it('exports the chronology as CSV that imports back as the same entries, formulas guarded', async () => {
    const server = await startTestServer()
    const agency = await server.login(ACCOUNTS.agency)
    await server.fetchAs(agency, `${HEALTH}/entries`, {
      method: 'POST',
      json: {
        date: { precision: 'month', month: '2023-06' },
        time: null,
        practitionerRole: '=Health Visitor',
        event: '+ mother said "fine",\nthen left',
        source: '@records',
        impact: '-',
        actionTaken: "'=SUM(A1)",
        flags: { childSeen: true, childSeenAlone: true, childSpokenTo: false, wishesAndFeelingsRecorded: false, accessPreventedByCarer: false, thirdPartyConcern: true },
      },
    })
    const before = await entriesOf(server, agency)

    const exported = await server.fetchAs(agency, `${HEALTH}/chronology.csv`)
    const bytes = new Uint8Array(await exported.arrayBuffer())
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    const reimported = await sendFile(server, agency, bytes, CSV_TYPE)

    expect(exported.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(exported.headers.get('Content-Disposition')).toBe('attachment; filename="chronology-child-k-health.csv"')
    expect(text).toContain(`'=Health Visitor`)
    expect(text).toContain(`"'+ mother said ""fine"",\nthen left"`)
    expect(text.split('\r\n')[0]).toBe('\uFEFFdate,time,practitioner_role,event,source,impact,action_taken,child_seen,child_seen_alone,child_spoken_to,wishes_and_feelings_recorded,access_prevented_by_carer,third_party_concern')
    expect(reimported.status).toBe(200)
    const strip = (entries: typeof before) => entries.map(({ id: _id, updatedAt: _updatedAt, revision: _revision, ...fields }) => fields)
    expect(strip(await entriesOf(server, agency))).toEqual(strip(before))
    const audit = await server.audit.read({ reviewId: DEMO_REVIEW })
    expect(audit.find((event) => event.action === 'export.downloaded')?.details).toEqual({ export: 'chronology.csv', agencyId: 'health' })
    expect(audit.find((event) => event.action === 'imr.imported')?.details).toEqual({ agencyId: 'health', mode: 'replace', count: before.length })
  })

  it('ships a sample CSV that the server serves and that imports cleanly', async () => {
    const dataDir = await makeTempDir()
    const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, seedDemo: true, clientDir: CLIENT_PUBLIC, adminEmail: ACCOUNTS.admin, adminPassword: ADMIN_PASSWORD, demoPassword: DEMO_PASSWORD })
    try {
      const served = await fetch(`${server.url}${SAMPLE_CHRONOLOGY_PATH}`)
      const sample = await readFile(`${CLIENT_PUBLIC}${SAMPLE_CHRONOLOGY_PATH}`)
      expect(served.status).toBe(200)
      expect(Buffer.from(await served.arrayBuffer())).toEqual(sample)
      const token = await signIn(server.url, ACCOUNTS.agency)
      const imported = await fetch(`${server.url}${HEALTH}/chronology/import`, { method: 'POST', headers: { Authorization: `Bearer ${token}`, 'Content-Type': CSV_TYPE }, body: new Blob([new Uint8Array(sample)]) })
      expect(imported.status, await imported.clone().text()).toBe(200)
      expect(ImportResultSchema.parse(await imported.json())).toEqual({ imported: 10, entryCount: 10 })
    } finally {
      await server.close()
    }
  })
})
