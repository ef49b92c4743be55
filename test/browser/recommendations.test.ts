/**
 * Recommendations in the report, in Chromium against the real server: the independent author inserts
 * a recommendation, links it to a finding and an agency from the Recommendations tab and sees it
 * numbered; inserts another before every other one and sees them all renumber, in the text and in
 * the tab, with the warning for the one that answers no finding; a panel member sees the same numbers.
 */
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoViolations } from '../helpers/axe.js'
import { ACCOUNTS, browserTestSite, openReport, saveScreenshot, WAIT } from '../helpers/browser.js'

const run = Date.now().toString(36)
const FIRST = `Schools should be told when a child on a plan misses school (${run}).`
const SECOND = `The partnership should check every agency knows the referral route (${run}).`

/** Each recommendation's number label in the editor, with the start of its text. */
async function recommendationLabels(page: Page): Promise<string[]> {
  return page.locator('.ProseMirror .recommendation').evaluateAll((blocks) => blocks.map((block) => `${block.getAttribute('data-label')}: ${(block.textContent ?? '').slice(0, 16)}`))
}

describe('recommendations in the report', () => {
  const site = browserTestSite()

  it('the author inserts one, links it to a finding and an agency, and sees every recommendation renumber when another goes in first', async () => {
    const author = await site.open(ACCOUNTS.author.email)
    const panel = await site.open(ACCOUNTS.panel.email)
    const { page } = author
    await Promise.all([openReport(page, site.url), openReport(panel.page, site.url)])

    // After the demo's three recommendations.
    await page.locator('.ProseMirror .recommendation p', { hasText: 'Health visitors should see a baby alone' }).click()
    await page.keyboard.press('End')
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Insert a recommendation' }).click()
    await page.keyboard.type(FIRST)
    const first = page.locator('.ProseMirror .recommendation', { hasText: FIRST })
    await expect.poll(() => first.getAttribute('data-label'), WAIT).toBe('Recommendation 4')

    await page.getByRole('tab', { name: 'Recommendations' }).click()
    const tab = page.getByRole('tabpanel')
    const card = tab.locator('article', { hasText: FIRST })
    await expect.poll(() => card.getByRole('heading').innerText(), WAIT).toBe('Recommendation 4')
    await card.getByText('Recommendation 4 does not say which finding it answers.').waitFor(WAIT)
    await card.getByText('Recommendation 4 is not addressed to the board or to any agency.').waitFor(WAIT)

    const findingSelect = card.getByLabel('The finding it answers')
    expect(await findingSelect.locator('option').allInnerTexts()).toEqual([
      'No finding yet',
      expect.stringMatching(/^Finding 1: Information about the family was held/),
      expect.stringMatching(/^Finding 2: Child K was seen often, but rarely seen alone/),
    ])
    await findingSelect.selectOption('fnd_demo02')
    await card.getByLabel('Primary school').check()
    await expect.poll(() => card.locator('.govuk-warning-text').count(), WAIT).toBe(0)
    await saveScreenshot(page, 'recommendations-linked')
    await expectNoViolations(page)

    // Another, straight after the Recommendations heading: it is number 1 and the rest move on one.
    await page.locator('.ProseMirror h2', { hasText: 'Recommendations' }).click()
    await page.keyboard.press('End')
    await page.getByRole('button', { name: 'Insert a recommendation' }).click()
    await page.keyboard.type(SECOND)
    const expected = ['Recommendation 1: The partnership ', 'Recommendation 2: The partnership ', "Recommendation 3: Children's Socia", 'Recommendation 4: Health visitors ', 'Recommendation 5: Schools should b']
    await expect.poll(() => recommendationLabels(page), WAIT).toEqual(expected)
    await expect.poll(() => card.getByRole('heading').innerText(), WAIT).toBe('Recommendation 5')
    expect(await card.getByLabel('The finding it answers').inputValue()).toBe('fnd_demo02')
    expect(await card.getByLabel('Primary school').isChecked()).toBe(true)
    const second = tab.locator('article', { hasText: SECOND })
    await second.getByText('Recommendation 1 does not say which finding it answers.').waitFor(WAIT)

    // The numbers reach the panel member through the shared document.
    await expect.poll(() => recommendationLabels(panel.page), WAIT).toEqual(expected)

    // The number in the tab moves the editor to its recommendation.
    await card.getByRole('button', { name: 'Recommendation 5' }).click()
    await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('.recommendation')?.textContent ?? ''), WAIT).toContain(FIRST)

    await saveScreenshot(page, 'recommendations-renumbered')
    await expectNoViolations(page)
    expect(author.pageErrors).toEqual([])
    expect(panel.pageErrors).toEqual([])
  }, 90_000)
})
