/**
 * Redaction as the people of a review meet it in Chromium: the independent author registers Jane
 * Smith as "Mother", writes her first name in a section that goes into the executive summary, sees it
 * underlined as not redacted (as does a panel member in the same report, who can follow the summary
 * page's finding to its place), and redacts every occurrence at once; until then the communications
 * lead's downloads are refused with the GOV.UK error summary (without the name), and afterwards every
 * export they download (.html, .md, .docx, .pdf) says "Mother" and never "Jane".
 */
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { extractDocxText } from '../../server/export/docxText.js'
import { extractPdfText } from '../../server/export/pdfText.js'
import { expectNoViolations } from '../helpers/axe.js'
import { join } from 'node:path'
import { ACCOUNTS, browserTestSite, DEMO_REVIEW_PATH, openReport, saveScreenshot, SCREENS_DIR, WAIT } from '../helpers/browser.js'

const SECTION = 'Family background and the child'
const SUMMARY_PATH = `${DEMO_REVIEW_PATH}/summary`

/** Downloads one export from the summary page as a person would, and returns its bytes. */
async function download(page: Page, linkName: string): Promise<Uint8Array> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('link', { name: linkName }).click()])
  const path = await file.path()
  return new Uint8Array(await readFile(path))
}

const textOf = (parts: Array<{ text: string }>) => parts.map((part) => part.text).join('\n')

async function register(page: Page, realName: string, pseudonym: string): Promise<void> {
  await page.getByRole('tab', { name: 'Register' }).click()
  await page.getByRole('button', { name: 'Add a person or place' }).click()
  await page.getByRole('button', { name: 'Add to the register' }).click()
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor(WAIT)
  await page.getByLabel('Real name').fill(realName)
  await page.getByLabel('Category').selectOption('family')
  await page.getByLabel('Pseudonym').fill(pseudonym)
  await page.getByRole('button', { name: 'Add to the register' }).click()
  await page.getByRole('button', { name: `Change ${pseudonym}` }).waitFor(WAIT)
}

const registerMother = (page: Page) => register(page, 'Jane Smith', 'Mother')

describe('redacting a registered name before the summary is published', () => {
  const site = browserTestSite()

  it('finds the name as it is typed, redacts every occurrence, and no export carries it', async () => {
    const author = await site.open(ACCOUNTS.author.email)
    const panel = await site.open(ACCOUNTS.panel.email)
    const { page } = author
    await Promise.all([openReport(page, site.url), openReport(panel.page, site.url)])
    await registerMother(page)
    await panel.page.getByRole('tab', { name: 'Register' }).click()
    await panel.page.getByRole('button', { name: 'Change Mother' }).waitFor(WAIT)

    await page.getByRole('button', { name: 'Summary preview' }).click()
    // The demo already has sections in the summary, so their list starts folded away.
    await page.getByText(/^Sections in the summary/).click()
    await page.getByLabel(SECTION).selectOption('both')
    await page.locator('.ProseMirror h2', { hasText: SECTION }).locator('xpath=following-sibling::p[1]').click()
    await page.keyboard.type('Jane visited.')
    await page.locator('.ProseMirror .app-finding', { hasText: 'Jane' }).waitFor(WAIT)
    await page.getByTestId('summary-preview').getByText('Jane visited.').waitFor(WAIT)
    await page.getByText('not redacted: it cannot be published').waitFor(WAIT)
    await panel.page.locator('.ProseMirror .app-finding', { hasText: 'Jane' }).waitFor(WAIT)
    await page.locator('[data-saved="true"]').waitFor(WAIT)

    await panel.page.goto(site.url + SUMMARY_PATH)
    await panel.page.getByRole('link', { name: /^“Jane”: family member in the text/ }).first().click()
    await panel.page.locator('[data-connection="connected"]').waitFor(WAIT)
    await expect.poll(() => panel.page.evaluate(() => window.getSelection()?.toString()), WAIT).toBe('Jane')
    expect(new URL(panel.page.url()).pathname).toBe(`${DEMO_REVIEW_PATH}/report`)

    const comms = await site.open(ACCOUNTS.comms.email)
    await comms.page.goto(site.url + DEMO_REVIEW_PATH)
    await comms.page.getByRole('link', { name: 'Executive summary' }).click()
    await comms.page.getByText(/The leak check found \d+ things? in the summary/).waitFor(WAIT)
    await comms.page.getByRole('link', { name: 'Word document (.docx)' }).click()
    await comms.page.getByRole('heading', { name: 'There is a problem' }).waitFor(WAIT)
    await comms.page.getByText('Family member in').first().waitFor(WAIT)
    expect(await comms.page.locator('body').innerText()).not.toMatch(/Jane/i)
    await saveScreenshot(comms.page, 'summary-refused-comms')
    await expectNoViolations(comms.page)

    await page.getByRole('tab', { name: /To redact/ }).click()
    await page.getByRole('button', { name: 'Redact all occurrences of Jane Smith' }).click()
    await page.locator('.ProseMirror .redaction', { hasText: 'Jane' }).waitFor(WAIT)
    await page.locator('.ProseMirror .app-redaction-label[data-pseudonym="Mother"]').waitFor(WAIT)
    expect(await page.locator('.ProseMirror .app-finding').count()).toBe(0)
    await page.getByRole('tab', { name: 'Summary' }).click()
    await page.getByTestId('summary-preview').getByText('Mother visited.').waitFor(WAIT)
    await page.locator('[data-saved="true"]').waitFor(WAIT)
    await saveScreenshot(page, 'report-redacted')

    await comms.page.reload()
    await comms.page.getByText('Mother visited.').waitFor(WAIT)
    const exports = {
      html: new TextDecoder().decode(await download(comms.page, 'Web page (HTML)')),
      md: new TextDecoder().decode(await download(comms.page, 'Markdown')),
      docx: textOf(await extractDocxText(await download(comms.page, 'Word document (.docx)'))),
      pdf: textOf(await extractPdfText(await download(comms.page, 'PDF'))),
    }
    for (const [format, text] of Object.entries(exports)) {
      expect(text, format).toContain('Mother visited.')
      expect(text, format).not.toMatch(/Jane|Smith/i)
    }
    expect(await comms.page.getByRole('heading', { name: 'There is a problem' }).count()).toBe(0)
    expect(author.pageErrors).toEqual([])
    expect(panel.pageErrors).toEqual([])
    expect(comms.pageErrors).toEqual([])
  }, 90_000)

  it('redacts a selection from the dialog and a finding from the right-click menu, beside the live preview', async () => {
    const author = await site.open(ACCOUNTS.author.email)
    const { page } = author
    await openReport(page, site.url)
    await page.locator('.ProseMirror p', { hasText: 'visited.' }).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' Her son Kyle')
    await page.keyboard.press('Control+Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+X')
    const dialog = page.getByRole('dialog', { name: 'Redact “Kyle”' })
    await dialog.waitFor(WAIT)
    await dialog.getByRole('button', { name: 'Redact' }).click()
    await dialog.getByRole('heading', { name: 'There is a problem' }).waitFor(WAIT)
    await dialog.getByLabel('Not in the register').check()
    await dialog.getByLabel('What kind of thing is it?').selectOption('child')
    await dialog.getByLabel('Why must it not be published?').selectOption('identifiesChild')
    await saveScreenshot(page, 'report-redact-dialog')
    await expectNoViolations(page)
    await dialog.getByRole('button', { name: 'Redact' }).click()
    await page.locator('.ProseMirror .app-redaction-label[data-pseudonym="[a child]"]').waitFor(WAIT)

    await page.keyboard.press('End')
    await page.keyboard.type(' lives at 12 Acacia Avenue, AB1 2DE. Jane said he was well.')
    await page.locator('.ProseMirror .app-finding', { hasText: 'AB1 2DE' }).click({ button: 'right' })
    const menu = page.getByRole('menu', { name: 'Redaction' })
    await menu.getByRole('menuitem', { name: 'Redact “AB1 2DE”' }).waitFor(WAIT)
    await expectNoViolations(page)
    await page.keyboard.press('Enter')
    await page.locator('.ProseMirror .app-redaction-label[data-pseudonym="[a place]"]').waitFor(WAIT)
    expect(await menu.count()).toBe(0)

    await page.locator('.ProseMirror .redaction', { hasText: 'Kyle' }).click({ button: 'right' })
    await menu.getByRole('menuitem', { name: 'Remove redaction' }).click()
    await expect.poll(() => page.locator('.ProseMirror .redaction', { hasText: 'Kyle' }).count(), WAIT).toBe(0)
    await page.keyboard.press('Control+z')
    await page.locator('.ProseMirror .redaction', { hasText: 'Kyle' }).waitFor(WAIT)

    await page.getByRole('button', { name: 'Summary preview' }).click()
    const preview = page.getByTestId('summary-preview')
    await preview.getByText('Mother visited. Her son [a child] lives at 12 Acacia Avenue, [a place]. Jane said he was well.').waitFor(WAIT)
    await page.locator('.ProseMirror .app-finding', { hasText: '12 Acacia Avenue' }).waitFor(WAIT)
    await page.locator('.ProseMirror .app-finding', { hasText: 'Jane' }).waitFor(WAIT)
    await page.locator('.ProseMirror h2', { hasText: SECTION }).scrollIntoViewIfNeeded()
    await page.evaluate(() => window.scrollBy(0, -120))
    await page.screenshot({ path: join(SCREENS_DIR, 'report-redaction-preview.png') })
    await expectNoViolations(page)
    expect(author.pageErrors).toEqual([])
  }, 90_000)

  it('lets the author accept a finding as not identifying, with a reason, from the summary page', async () => {
    const { page } = await site.open(ACCOUNTS.author.email)
    await openReport(page, site.url)
    await register(page, 'Ann Brown', 'Grandmother')
    await page.getByRole('tab', { name: 'Summary' }).click()
    // The list of sections is folded away once a section is in the summary.
    if (!(await page.getByLabel(SECTION).isVisible())) await page.getByText(/^Sections in the summary/).click()
    await page.getByLabel(SECTION).selectOption('both')
    await page.locator('.ProseMirror h2', { hasText: SECTION }).locator('xpath=following-sibling::p[1]').click()
    await page.keyboard.type('A brown van was outside. ')
    await page.locator('.ProseMirror .app-finding', { hasText: 'brown' }).waitFor(WAIT)
    await page.locator('[data-saved="true"]').waitFor(WAIT)

    await page.goto(site.url + SUMMARY_PATH)
    const acceptBrown = page.locator('details', { hasText: 'Accept “brown” as not identifying' })
    await acceptBrown.getByText('Accept “brown” as not identifying').click()
    await acceptBrown.getByRole('button', { name: 'Accept as not identifying' }).click()
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor(WAIT)
    await expectNoViolations(page)
    await acceptBrown.getByLabel('Why does this not identify anyone?').fill('Brown is the colour of the van here, not the family’s name.')
    await acceptBrown.getByRole('button', { name: 'Accept as not identifying' }).click()
    await acceptBrown.waitFor({ ...WAIT, state: 'detached' })
    expect(await page.locator('body').innerText()).not.toMatch(/Ann Brown/)
    await saveScreenshot(page, 'summary-finding-accepted')
  }, 60_000)
})
