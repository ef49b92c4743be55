/**
 * The media statement as the communications lead drafts it in Chromium: they open it from the review,
 * type a sentence with the demo child's registered name, see it underlined as not redacted (found with
 * the register's names as typed in the statement, never the register itself), redact it with the
 * shortcut linking it to the child's register entry, read the pseudonym in the public preview, and
 * download the Word file, which says "Child K" and never the name; then they download the publication
 * pack from the publication page: exactly its four files, none of them with the name.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { extractDocxText } from '../../server/export/docxText.js'
import { extractPdfText } from '../../server/export/pdfText.js'
import { expectNoViolations } from '../helpers/axe.js'
import { ACCOUNTS, browserTestSite, DEMO_REVIEW_PATH, saveScreenshot, WAIT } from '../helpers/browser.js'

describe('the communications lead drafts the media statement', () => {
  const site = browserTestSite()

  it('redacts a registered name as it is typed and downloads the statement with its pseudonym', async () => {
    const comms = await site.open(ACCOUNTS.comms.email)
    const { page } = comms
    await page.goto(site.url + DEMO_REVIEW_PATH)
    await page.getByRole('link', { name: 'Media statement' }).click()
    await page.locator('.ProseMirror').waitFor(WAIT)
    await page.locator('[data-connection="connected"]').waitFor(WAIT)
    await page.locator('.ProseMirror h2', { hasText: 'Key lessons' }).waitFor(WAIT)

    await page.locator('.ProseMirror h2', { hasText: 'What has changed' }).locator('xpath=following-sibling::p[1]').click()
    await page.keyboard.press('End')
    await page.keyboard.type(' We think of Kai Walker')
    await page.locator('.ProseMirror .app-finding', { hasText: 'Kai Walker' }).waitFor(WAIT)
    await page.getByRole('tab', { name: /^To redact \(1\)/ }).waitFor(WAIT)
    await page.getByText('Child, published as Child K').waitFor(WAIT)

    for (let index = 0; index < 'Kai Walker'.length; index++) await page.keyboard.press('Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+X')
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('heading', { name: 'Redact “Kai Walker”' }).waitFor(WAIT)
    expect(await dialog.getByRole('radio', { name: /Child K/ }).isChecked()).toBe(true)
    await dialog.getByRole('button', { name: 'Redact' }).click()
    await page.locator('.ProseMirror .app-finding').waitFor({ ...WAIT, state: 'detached' })
    await page.getByText('No registered names or identifiers are left unredacted.').waitFor(WAIT)

    await page.getByRole('button', { name: 'Public preview' }).click()
    const preview = page.getByTestId('statement-preview')
    await preview.getByText('We think of Child K').waitFor(WAIT)
    expect(await preview.innerText()).not.toMatch(/Kai|Walker/)
    await page.locator('[data-saved="true"]').waitFor(WAIT)
    await expectNoViolations(page)
    await saveScreenshot(page, 'media-statement-preview')

    await page.getByRole('tab', { name: 'Downloads' }).click()
    await page.getByText('The leak check found nothing that could identify someone').waitFor(WAIT)
    await page.getByText(/gaps in square brackets are still to fill/).waitFor(WAIT)
    const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('link', { name: 'Word document (.docx)' }).click()])
    const text = (await extractDocxText(new Uint8Array(await readFile(await file.path())))).map((part) => part.text).join('\n')
    expect(text).toContain('We think of Child K')
    expect(text).toContain('Media statement: Child K')
    expect(text).not.toMatch(/Kai|Walker/)

    await page.goto(`${site.url}${DEMO_REVIEW_PATH}/publication`)
    await page.getByRole('heading', { name: 'Publication pack' }).waitFor(WAIT)
    // Before downloading, the check says which files are unfinished: the statement's gaps are still there.
    const statementRow = page.locator('.app-pack-readiness .govuk-summary-list__row', { hasText: 'Media statement (Word)' })
    await statementRow.getByText('Ready, with warnings').waitFor(WAIT)
    await statementRow.getByText(/square brackets/).waitFor(WAIT)
    expect(await statementRow.getByRole('link', { name: /Open the media statement/ }).getAttribute('href')).toBe(`${DEMO_REVIEW_PATH}/media-statement`)
    expect(await page.locator('.app-pack-readiness .govuk-tag--red').count()).toBe(0)
    const [pack] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: 'Download the publication pack (.zip)' }).click()])
    expect(pack.suggestedFilename()).toBe('publication-pack.zip')
    const zip = await JSZip.loadAsync(await readFile(await pack.path()))
    const names = Object.keys(zip.files).sort()
    expect(names).toEqual(['board-response-and-action-plan.docx', 'executive-summary.docx', 'executive-summary.pdf', 'media-statement.docx'])
    for (const name of names) {
      const bytes = await zip.file(name)!.async('uint8array')
      const parts = name.endsWith('.pdf') ? await extractPdfText(bytes) : await extractDocxText(bytes)
      const content = parts.map((part) => part.text).join('\n')
      expect(content, name).not.toMatch(/Kai|Walker/)
      if (name === 'media-statement.docx') expect(content).toContain('We think of Child K')
    }
    expect(comms.pageErrors).toEqual([])
  })
})
