/**
 * The server goes away while two people (the author and a panel member, each signed in) are drafting: the page says it is reconnecting and that the
 * change typed meanwhile is not yet saved; when the server is back on the same data folder, the
 * change is saved, reaches the colleague, and nothing typed before is lost.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/server.js'
import { ACCOUNTS, assertClientBuilt, documentText, fetchReportHtml, openReport, openSignedInPerson, startDemoServer, WAIT, type Person } from '../helpers/browser.js'

const run = Date.now().toString(36)

describe('drafting through a server restart', () => {
  let dataDir: string
  let server: RunningServer
  let alice: Person
  let bob: Person

  beforeAll(async () => {
    assertClientBuilt()
    dataDir = await mkdtemp(join(tmpdir(), 'overview-studio-browser-data-'))
    server = await startDemoServer(dataDir)
    ;[alice, bob] = await Promise.all([openSignedInPerson(server.url, ACCOUNTS.author.email), openSignedInPerson(server.url, ACCOUNTS.panel.email)])
    await Promise.all([openReport(alice.page, server.url), openReport(bob.page, server.url)])
  })

  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()])
    await server?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('keeps what is typed while the server is away and merges it when it returns', async () => {
    const before = `Written before the restart ${run}.`
    const during = `Written while the server was away ${run}.`
    await alice.page.locator('.ProseMirror p', { hasText: 'The criteria for a Serious Case Review' }).click()
    await alice.page.keyboard.press('End')
    await alice.page.keyboard.type(` ${before}`)
    await alice.page.locator('[data-saved="true"]').waitFor(WAIT)

    await server.close()
    await alice.page.locator('[data-connection="reconnecting"]').waitFor(WAIT)
    await alice.page.keyboard.type(` ${during}`)
    await expect.poll(() => alice.page.locator('[data-saved]').getAttribute('data-saved'), WAIT).toBe('false')
    await alice.page.getByText('Changes not yet saved on the server', { exact: false }).waitFor(WAIT)

    // Same data folder: the accounts and the sessions of both people are still there.
    server = await startDemoServer(dataDir, server.port)
    await alice.page.locator('[data-connection="connected"]').waitFor({ timeout: 30_000 })
    await alice.page.locator('[data-saved="true"]').waitFor(WAIT)
    await expect.poll(() => documentText(bob.page), { timeout: 30_000 }).toContain(during)

    const stored = await fetchReportHtml(server.url)
    expect(stored).toContain(before)
    expect(stored).toContain(during)
    expect(alice.pageErrors).toEqual([])
  })
})
