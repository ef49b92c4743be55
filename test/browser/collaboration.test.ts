/**
 * Two people, each in their own Chromium and signed in with their own account (the independent author
 * and a panel member), drafting the Child K report together through the real server: what one types
 * reaches the other, with their account's name on the caret and in the presence list,
 * the page says it is saved once the server has it, undo takes back only the undoing person's own
 * typing, and someone joining late sees Connected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import type { RunningServer } from '../../server/server.js'
import {
  ACCOUNTS,
  documentText,
  fetchReportHtml,
  openReport,
  openSignedInPerson,
  saveScreenshot,
  slowDownScripts,
  startBrowserServer,
  WAIT,
  type Person,
} from '../helpers/browser.js'

const ALICE = ACCOUNTS.author.name
const BOB = ACCOUNTS.panel.name
const run = Date.now().toString(36)

/** Puts the caret at the end of the first editor paragraph or list item that holds `text`. */
async function clickAtEndOf(page: Page, text: string): Promise<void> {
  await page.locator('.ProseMirror p', { hasText: text }).first().click()
  await page.keyboard.press('End')
}

/**
 * Presses undo until `text` is gone from the page's editor. Yjs groups typing into undo steps by time
 * (500 ms), so how many steps a typed sentence takes depends on the speed of the machine.
 */
async function undoUntilGone(page: Page, text: string): Promise<void> {
  const undoOnce = async () => {
    await page.keyboard.press('Control+z')
    return documentText(page)
  }
  await expect.poll(undoOnce, WAIT).not.toContain(text)
}

async function presenceText(page: Page): Promise<string> {
  return page.getByRole('region', { name: 'Also here' }).innerText()
}

describe('two people drafting the same report', () => {
  let server: RunningServer
  let alice: Person
  let bob: Person

  beforeAll(async () => {
    server = await startBrowserServer()
    ;[alice, bob] = await Promise.all([openSignedInPerson(server.url, ACCOUNTS.author.email), openSignedInPerson(server.url, ACCOUNTS.panel.email)])
    await Promise.all([openReport(alice.page, server.url), openReport(bob.page, server.url)])
  })

  afterAll(async () => {
    await Promise.all([alice?.close(), bob?.close()])
    await server?.close()
  })

  it('shows what one person types to the other, with their name, and saves it', async () => {
    const sentence = ` Alice added this sentence (${run}).`
    await clickAtEndOf(alice.page, 'The criteria for a Serious Case Review')
    await alice.page.keyboard.type(sentence)

    await expect.poll(() => documentText(alice.page), WAIT).toContain(sentence)
    await expect.poll(() => documentText(bob.page), WAIT).toContain(sentence)

    const aliceCaretOnBob = bob.page.locator('.ProseMirror .collaboration-carets__label', { hasText: ALICE })
    await expect.poll(() => aliceCaretOnBob.count(), WAIT).toBe(1)
    await expect.poll(() => presenceText(bob.page), WAIT).toContain(ALICE)
    await expect.poll(() => presenceText(alice.page), WAIT).toContain(BOB)

    const aliceSaved = alice.page.locator('[data-saved="true"]')
    await aliceSaved.waitFor(WAIT)
    expect(await aliceSaved.innerText()).toBe('All changes saved')
    expect(await fetchReportHtml(server.url)).toContain(sentence.trim())

    await saveScreenshot(bob.page, 'report-seen-by-bob')
  })

  it('undoes only the typing of the person who pressed undo', async () => {
    const aliceText = ` Alice will take this back (${run}).`
    const bobText = ` Bob wrote this and keeps it (${run}).`

    await clickAtEndOf(alice.page, 'This review was commissioned')
    await alice.page.keyboard.type(aliceText)
    await expect.poll(() => documentText(bob.page), WAIT).toContain(aliceText)

    await clickAtEndOf(bob.page, 'Was Child K seen')
    await bob.page.keyboard.type(bobText)
    await expect.poll(() => documentText(alice.page), WAIT).toContain(bobText)

    await undoUntilGone(alice.page, aliceText)

    await expect.poll(() => documentText(bob.page), WAIT).not.toContain(aliceText)
    for (const person of [alice, bob]) expect(await documentText(person.page)).toContain(bobText)
  })

  it('shows Connected to someone who joins while the report is already open', async () => {
    // The document is already loaded, so on a slow machine the socket opens before the status bar
    // has subscribed to it; the status must not stay at Connecting.
    const carol = await openSignedInPerson(server.url, ACCOUNTS.panel2.email)
    try {
      await slowDownScripts(carol, 10)
      await openReport(carol.page, server.url)
      expect(await carol.page.locator('[data-connection]').innerText()).toBe('Connected')
      expect(carol.pageErrors).toEqual([])
    } finally {
      await carol.close()
    }
  })

  it('raises no uncaught errors in either page', () => {
    expect(alice.pageErrors).toEqual([])
    expect(bob.pageErrors).toEqual([])
  })
})
