/**
 * Inline comments as the people of a review meet them in Chromium: a panel member selects text and
 * comments on it, mentioning the independent author, who sees the thread live beside the text in a
 * browser of their own, replies and resolves it; the panel member sees the reply and the resolution
 * live; the author's notifications list the mention and open the thread. A thread whose text is
 * deleted is listed apart, with the text it was on.
 */
import type { Locator, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { expectNoViolations } from '../helpers/axe.js'
import { ACCOUNTS, browserTestSite, openReport, saveScreenshot, WAIT } from '../helpers/browser.js'

/** The same paragraph's end, which other people's caret labels never come before. */
const PARAGRAPH_END = 'about how agencies worked together.'
const QUOTE = 'The criteria for a Serious'
const FIRST_NAME = ACCOUNTS.author.name.split(' ')[0]

/** Selects the start of the paragraph that ends with `end`, `length` characters of it, with the keyboard. */
async function selectStart(page: Page, end: string, length: number): Promise<void> {
  await page.locator('.ProseMirror p', { hasText: end }).click({ position: { x: 2, y: 8 } })
  await page.keyboard.press('Home')
  for (let index = 0; index < length; index++) await page.keyboard.press('Shift+ArrowRight')
}

const commentsTab = (page: Page) => page.getByRole('tab', { name: /^Comments/ })
const threadCard = (page: Page, text: string | RegExp): Locator => page.locator('article.app-thread', { hasText: text })

describe('commenting on the overview report', () => {
  const site = browserTestSite()

  it('a panel member comments and mentions the author, who replies and resolves it, all live', { timeout: 120_000 }, async () => {
    const panel = await site.open(ACCOUNTS.panel.email)
    const author = await site.open(ACCOUNTS.author.email)
    await Promise.all([openReport(panel.page, site.url), openReport(author.page, site.url)])
    const { page } = panel

    await selectStart(page, PARAGRAPH_END, QUOTE.length)
    await page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Comment' }).click()
    const form = page.getByRole('region', { name: 'New comment' })
    const box = form.getByRole('textbox', { name: 'Comment' })
    await expect.poll(() => box.evaluate((element) => element === document.activeElement), WAIT).toBe(true)
    await box.pressSequentially(`Is this the right test, @${FIRST_NAME.slice(0, 3)}`)
    const suggestions = form.getByRole('listbox', { name: 'People to mention' })
    await suggestions.getByRole('option', { name: ACCOUNTS.author.name }).waitFor(WAIT)
    await box.press('Enter')
    await box.pressSequentially('?')
    expect(await box.inputValue()).toBe(`Is this the right test, @${ACCOUNTS.author.name} ?`)
    await saveScreenshot(page, 'comments-new-form')
    await form.getByRole('button', { name: 'Comment' }).click()
    await page.getByTestId('comments-announcement').getByText('Comment added').waitFor(WAIT)
    await page.locator('.ProseMirror .app-comment--active', { hasText: QUOTE }).waitFor(WAIT)
    await threadCard(page, 'Is this the right test').waitFor(WAIT)
    expect(await commentsTab(page).textContent()).toBe('Comments (1 open)')

    // The author sees it live, beside the text it is on.
    const other = author.page
    await commentsTab(other).filter({ hasText: 'Comments (1 open)' }).waitFor(WAIT)
    await commentsTab(other).click()
    const card = threadCard(other, 'Is this the right test')
    await card.waitFor(WAIT)
    await card.getByText(ACCOUNTS.panel.name, { exact: true }).waitFor(WAIT)
    await card.locator('strong', { hasText: `@${ACCOUNTS.author.name}` }).waitFor(WAIT)
    // Level with its text, or as near as the column allows (the tabs and filters are above the first card).
    const textTop = (await other.locator('.ProseMirror .app-comment').first().boundingBox())?.y ?? 0
    const columnTop = (await other.locator('.app-comments__aligned').boundingBox())?.y ?? 0
    await expect.poll(async () => Math.round((await card.boundingBox())?.y ?? 0), WAIT).toBe(Math.round(Math.max(textTop, columnTop)))

    // Clicking the thread selects its text; the author replies and resolves.
    await card.getByRole('button', { name: /Show in the report/ }).click()
    await expect.poll(() => other.evaluate(() => window.getSelection()?.toString()), WAIT).toBe(QUOTE)
    await card.click({ position: { x: 5, y: 5 } })
    const replyBox = card.getByRole('textbox', { name: 'Reply' })
    await replyBox.fill('Yes: the 2013 criteria apply.')
    await card.getByRole('button', { name: 'Reply' }).click()
    await card.getByText('Yes: the 2013 criteria apply.').waitFor(WAIT)
    await saveScreenshot(other, 'comments-thread-beside-text')
    await expectNoViolations(other)

    await threadCard(page, 'Yes: the 2013 criteria apply.').waitFor(WAIT)
    await card.getByRole('button', { name: 'Resolve' }).click()
    await other.getByTestId('comments-announcement').getByText('Comment resolved').waitFor(WAIT)
    await threadCard(page, 'Yes: the 2013 criteria apply.').getByText('Resolved', { exact: true }).waitFor(WAIT)
    await commentsTab(page).filter({ hasText: /^Comments$/ }).waitFor(WAIT)
    await expect.poll(() => page.locator('.ProseMirror .app-comment').count(), WAIT).toBe(0)
    expect(panel.pageErrors).toEqual([])
    expect(author.pageErrors).toEqual([])

    // The author was told of the mention (the count is asked for every 30 s, and on coming back to the window), and the notification opens the thread.
    await other.evaluate(() => window.dispatchEvent(new Event('focus')))
    await other.getByRole('link', { name: /^Notifications \(1\s*unread\s*\)$/ }).waitFor(WAIT)
    await other.getByRole('link', { name: /^Notifications/ }).click()
    await other.getByRole('heading', { name: 'Notifications', level: 1 }).waitFor(WAIT)
    await other.getByText(/Is this the right test/).waitFor(WAIT)
    await expect.poll(() => other.getByTestId('notification-review').first().textContent(), WAIT).toBe('Review: Child K')
    await saveScreenshot(other, 'comments-notifications')
    await expectNoViolations(other)
    await other.getByRole('link', { name: /^Open the comment/ }).click()
    await other.locator('[data-connection="connected"]').waitFor(WAIT)
    await threadCard(other, 'Yes: the 2013 criteria apply.').waitFor(WAIT)
    await other.getByRole('link', { name: /^Notifications \(0\s*unread\s*\)$/ }).waitFor(WAIT)
  })

  it('lists a thread whose text was deleted apart, with the text it was on', { timeout: 90_000 }, async () => {
    const { page, pageErrors } = await site.open(ACCOUNTS.panel.email)
    await openReport(page, site.url)
    await page.locator('.ProseMirror p', { hasText: PARAGRAPH_END }).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' A sentence to remove.')
    await page.keyboard.press('Control+Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+ArrowLeft')
    await page.keyboard.press('Control+Shift+ArrowLeft')
    await page.keyboard.press('Control+Alt+M')
    const box = page.getByRole('region', { name: 'New comment' }).getByRole('textbox', { name: 'Comment' })
    await box.fill('This sentence should go.')
    await box.press('Control+Enter')
    await threadCard(page, 'This sentence should go.').waitFor(WAIT)

    await page.locator('.ProseMirror p', { hasText: 'A sentence to remove.' }).click()
    await page.keyboard.press('End')
    for (let index = 0; index < ' to remove.'.length; index++) await page.keyboard.press('Backspace')
    const detached = page.getByRole('region', { name: 'On deleted text' })
    await detached.getByText('The text this comment was on was deleted').waitFor(WAIT)
    await detached.getByText('“to remove.”', { exact: true }).waitFor(WAIT)
    await detached.getByText('This sentence should go.').waitFor(WAIT)
    await saveScreenshot(page, 'comments-detached')

    // In a narrow window the column is under the text: the threads are a plain list there.
    await page.setViewportSize({ width: 800, height: 900 })
    await expect.poll(() => page.locator('.app-comments__aligned').count(), WAIT).toBe(0)
    await threadCard(page, 'This sentence should go.').waitFor(WAIT)
    await saveScreenshot(page, 'comments-narrow')
    expect(pageErrors).toEqual([])
  })

  it('says when the notifications cannot be fetched, rather than loading for ever', { timeout: 60_000 }, async () => {
    const { page, pageErrors } = await site.open(ACCOUNTS.panel2.email)
    await page.route('**/api/notifications', (route) => route.fulfill({ status: 503, json: { error: { code: 'internal', message: 'The data folder cannot be read just now. Try again later.' } } }))
    await page.goto(`${site.url}/notifications`)
    const problem = page.getByRole('alert').filter({ hasText: 'Your notifications could not be loaded' })
    await problem.waitFor(WAIT)
    expect(await problem.textContent()).toContain('The data folder cannot be read just now.')
    expect(await page.getByRole('status').filter({ hasText: 'Loading your notifications' }).count()).toBe(0)
    await page.unroute('**/api/notifications')
    expect(pageErrors).toEqual([])
  })
})
