import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { documentUrl, refusedUpgrade } from '../helpers/rawSocket.js'
import { ACCOUNTS, DEMO_REPORT, startTestServer } from '../helpers/testServer.js'

describe('a report whose stored snapshot is corrupt', () => {
  it('is not opened, is never saved over, and leaves the rest of the server working', async () => {
    const first = await startTestServer()
    await first.close()
    const snapshotPath = join(first.dataDir, 'documents', DEMO_REPORT, 'snapshot.bin')
    const corrupt = await readFile(snapshotPath)
    corrupt[corrupt.byteLength - 1] ^= 0xff
    await writeFile(snapshotPath, corrupt)

    const server = await startTestServer({ dataDir: first.dataDir })
    const author = await server.login(ACCOUNTS.author)
    const refused = await refusedUpgrade(documentUrl(server.collabUrl, DEMO_REPORT, author))
    const report = await server.fetchAs(author, '/api/reviews/child-k/report.html')
    const health = await fetch(`${server.url}/api/health`)
    await server.close()

    expect(refused).toEqual({ status: 503, body: { error: { code: 'document_unavailable', message: expect.any(String) } } })
    expect(report.status).toBeGreaterThanOrEqual(500)
    expect(JSON.stringify(await report.json())).not.toMatch(/snapshot|\.bin|at .*\.ts/)
    expect(health.status).toBe(200)
    expect(await readFile(snapshotPath)).toEqual(corrupt)
  })
})
