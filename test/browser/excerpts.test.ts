/**
 * Quoting an agency's IMR in the report, in Chromium against the real server: the health agency's IMR
 * author writes a paragraph of analysis; the independent author quotes one chronology entry, a range
 * of entries and that paragraph into the report from the IMRs tab, and a panel member sees the
 * excerpts arrive live. When the agency then changes the entry, both report pages say what changed,
 * and the author's "Update excerpt" brings the new text to both.
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoViolations } from '../helpers/axe.js'
import { ACCOUNTS, apiToken, browserTestSite, DEMO_REVIEW_PATH, openReport, saveScreenshot, WAIT, type Person } from '../helpers/browser.js'

const run = Date.now().toString(36)
const ANALYSIS = `The missed contacts were not escalated because nobody owned them (${run}).`
const BRUISE = 'a bruise of about 1 cm on his left forearm'
const BRUISE_ENTRY_ID = 'ent_demohv05'
const CHANGED_EVENT = `Home visit. Kai was seen with a bruise of about 2 cm on his left upper arm (${run}).`
const CHANGED_WARNING = 'The source has changed since this excerpt was inserted'

/** The excerpt in a report page whose quoted text holds `text`. */
const excerptWith = (page: Page, text: string | RegExp): Locator => page.locator('.ProseMirror figure.app-excerpt', { hasText: text })

/** Puts the caret in the (empty) first paragraph of the report's section headed `heading`. */
async function placeCursorUnder(page: Page, heading: string): Promise<void> {
  await page.locator('.ProseMirror h2', { hasText: heading }).locator('xpath=following-sibling::p[1]').click()
}

async function openImrsTab(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'IMRs' }).click()
  const panel = page.getByRole('tabpanel')
  await panel.getByRole('heading', { name: 'Quote an IMR' }).waitFor(WAIT)
  return panel
}

/** The radio of the chronology entry (or analysis paragraph) whose label or hint holds `text`. */
const radioOf = (panel: Locator, text: string | RegExp) => panel.locator('.govuk-radios__item', { hasText: text }).getByRole('radio')

async function insertAndWait(panel: Locator, page: Page, caption: RegExp): Promise<void> {
  await panel.getByRole('button', { name: 'Insert excerpt' }).click()
  await panel.getByRole('status').getByText(caption).waitFor(WAIT)
}

/** The health IMR's entry as the agency author changes it over the API, at the revision it was read at. */
async function changeEntry(serverUrl: string, entryId: string, change: (fields: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const token = await apiToken(serverUrl, ACCOUNTS.agency.email)
  const base = `${serverUrl}/api/reviews/child-k/imrs/health`
  const headers = { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }
  const imr = (await (await fetch(base, { headers })).json()) as { entries: Array<Record<string, unknown> & { id: string; revision: number }> }
  const entry = imr.entries.find((candidate) => candidate.id === entryId)
  if (!entry) throw new Error(`The health IMR has no entry ${entryId}`)
  const { id: _id, revision, updatedAt: _updatedAt, ...fields } = entry
  const response = await fetch(`${base}/entries/${entryId}`, { method: 'PUT', headers, body: JSON.stringify({ revision, fields: change(fields) }) })
  if (!response.ok) throw new Error(`PUT entry answered ${response.status}: ${await response.text()}`)
}

describe('quoting an IMR in the report', () => {
  const site = browserTestSite()
  let author: Person
  let panel: Person

  it('the health agency’s author writes a paragraph of analysis in the IMR', async () => {
    const agency = await site.open(ACCOUNTS.agency.email)
    await openReport(agency.page, site.url, `${DEMO_REVIEW_PATH}/imr/health`)
    await placeCursorUnder(agency.page, 'Analysis of individual practice')
    await agency.page.keyboard.type(ANALYSIS)
    const token = await apiToken(site.url, ACCOUNTS.agency.email)
    const analysisText = async () => {
      const response = await fetch(`${site.url}/api/reviews/child-k/imrs/health/analysis`, { headers: { Authorization: `Bearer ${token}` } })
      return JSON.stringify(await response.json())
    }
    await expect.poll(analysisText, WAIT).toContain(ANALYSIS)
    expect(agency.pageErrors).toEqual([])
  })

  it('the independent author inserts an entry, a range and an analysis paragraph; a panel member sees them live', async () => {
    author = await site.open(ACCOUNTS.author.email)
    panel = await site.open(ACCOUNTS.panel.email)
    await Promise.all([openReport(author.page, site.url), openReport(panel.page, site.url)])
    const { page } = author

    await placeCursorUnder(page, 'Analysis')
    const imrs = await openImrsTab(page)
    await imrs.getByRole('group', { name: 'Agency' }).getByLabel('Community Health (health visiting)').check()
    await radioOf(imrs, BRUISE).waitFor(WAIT)
    await saveScreenshot(page, 'excerpts-imrs-tab')
    await expectNoViolations(page)

    await imrs.getByRole('button', { name: 'Insert excerpt' }).click()
    await imrs.getByText('Choose a chronology entry or a paragraph of the analysis to quote').first().waitFor(WAIT)

    await radioOf(imrs, BRUISE).check()
    await insertAndWait(imrs, page, /^Excerpt inserted: Community Health \(health visiting\), \d{1,2} \w+ \d{4}\.$/)
    const bruise = excerptWith(page, BRUISE)
    await bruise.waitFor(WAIT)
    const caption = await bruise.locator('figcaption').innerText()
    expect(caption).toMatch(/^Community Health \(health visiting\), \d{1,2} \w+ \d{4}$/)
    await expect.poll(() => bruise.locator('blockquote').innerText()).toContain(`Health Visitor: Home visit. Kai was seen in the living room with ${BRUISE}`)
    // It went in under the section the cursor was in, before the next section's heading.
    const sectionOf = (figure: Locator) => figure.evaluate((element) => element.closest('.app-excerpt-view')?.previousElementSibling?.textContent ?? '')
    expect(await sectionOf(bruise)).toBe('Analysis')

    const seenByPanel = excerptWith(panel.page, BRUISE)
    await seenByPanel.waitFor(WAIT)
    expect(await seenByPanel.locator('figcaption').innerText()).toBe(caption)

    // A range: the unanswered door to the missed clinic appointment.
    await radioOf(imrs, 'did not let the health visitor in').check()
    await imrs.getByLabel('Quote up to and including').selectOption({ index: 1 })
    await insertAndWait(imrs, page, /^Excerpt inserted: Community Health \(health visiting\), .+ to .+\.$/)
    const range = excerptWith(page, 'did not let the health visitor in')
    await range.waitFor(WAIT)
    expect(await range.locator('blockquote p').count()).toBe(2)
    expect(await range.locator('blockquote').innerText()).toContain('Clinic appointment not attended.')
    await excerptWith(panel.page, 'Clinic appointment not attended.').waitFor(WAIT)

    await radioOf(imrs, ANALYSIS).check()
    await insertAndWait(imrs, page, /^Excerpt inserted: Community Health \(health visiting\), IMR analysis\.$/)
    const analysis = excerptWith(page, ANALYSIS)
    await analysis.waitFor(WAIT)
    expect(await analysis.locator('figcaption').innerText()).toBe('Community Health (health visiting), IMR analysis')
    await excerptWith(panel.page, ANALYSIS).waitFor(WAIT)

    await bruise.scrollIntoViewIfNeeded()
    await saveScreenshot(page, 'excerpts-inserted')
    await saveScreenshot(panel.page, 'excerpts-inserted-panel')
    expect(await page.getByText(CHANGED_WARNING).count()).toBe(0)
    expect(author.pageErrors).toEqual([])
    expect(panel.pageErrors).toEqual([])
  }, 90_000)

  it('both see what changed when the agency changes the entry, and the author’s update reaches both', async () => {
    await changeEntry(site.url, BRUISE_ENTRY_ID, (fields) => ({ ...fields, event: CHANGED_EVENT }))

    // The author's window regains focus (read at once); the panel member's page waits for its poll.
    await author.page.evaluate(() => window.dispatchEvent(new Event('focus')))
    for (const page of [author.page, panel.page]) {
      const excerpt = excerptWith(page, BRUISE)
      await excerpt.getByText(CHANGED_WARNING).waitFor(WAIT)
      await excerpt.getByText(CHANGED_EVENT).waitFor(WAIT)
      const changes = await excerpt.locator('.app-excerpt__changes').innerText()
      expect(changes).toMatch(new RegExp(`^What happened\\s+Was:\\s+Home visit\\. Kai was seen in the living room with ${BRUISE}.*\\s+Now:\\s+`, 's'))
      expect(changes).toContain(`Now:\n${CHANGED_EVENT}`)
    }
    // Only the entry changed: the range and the analysis stay as they are.
    expect(await author.page.getByText(CHANGED_WARNING).count()).toBe(1)

    await excerptWith(author.page, BRUISE).scrollIntoViewIfNeeded()
    await saveScreenshot(author.page, 'excerpts-source-changed')
    await expectNoViolations(author.page)

    // By keyboard: the button is reached from the editor with Tab, its focus plainly shown, and Enter updates.
    const update = author.page.getByRole('button', { name: /^Update excerpt from Community Health/ })
    await excerptWith(author.page, BRUISE).locator('blockquote p').first().click()
    await expect.poll(async () => {
      await author.page.keyboard.press('Shift+Tab')
      return update.evaluate((button) => button === document.activeElement)
    }, WAIT).toBe(true)
    await saveScreenshot(author.page, 'excerpts-update-focused')
    await author.page.keyboard.press('Enter')
    for (const page of [author.page, panel.page]) {
      const updated = excerptWith(page, CHANGED_EVENT)
      await updated.locator('blockquote').getByText(CHANGED_EVENT).waitFor(WAIT)
      await expect.poll(() => page.getByText(CHANGED_WARNING).count(), WAIT).toBe(0)
      expect(await page.locator('.ProseMirror').innerText()).not.toContain(BRUISE)
    }
    await saveScreenshot(author.page, 'excerpts-updated')
    expect(author.pageErrors).toEqual([])
    expect(panel.pageErrors).toEqual([])
  }, 60_000)
})
