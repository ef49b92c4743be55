/**
 * Every page of the client, checked with axe against WCAG 2.2 AA as a person with the right role would
 * reach it in Chromium (forms also with their errors showing), with a full-page screenshot of each in
 * `.tmp/screens/` for a person to look over.
 */
import { describe, expect, it } from 'vitest'
import { expectNoViolations } from '../helpers/axe.js'
import { ACCOUNTS, browserTestSite, DEMO_REVIEW_PATH, openReport, saveScreenshot, WAIT, type Person } from '../helpers/browser.js'
import { PAGE_CASES } from './pageCases.js'

describe('accessibility of every page', () => {
  const site = browserTestSite()
  const people = new Map<string | null, Person>()

  /** One browser per account (null: nobody signed in), opened the first time it is needed. */
  async function personFor(email: string | null): Promise<Person> {
    let person = people.get(email)
    if (!person) {
      person = await site.open(email ?? undefined)
      people.set(email, person)
    }
    return person
  }

  it.each(PAGE_CASES)('$name ($path) has no WCAG 2.2 AA problems axe can find', async ({ name, as, path, ready }) => {
    const { page } = await personFor(as)
    await page.goto(site.url + path)
    await ready(page)
    await saveScreenshot(page, name)
    await expectNoViolations(page)
  })

  it('the report has none while someone else is editing it, caret label included', async () => {
    const { page } = await personFor(ACCOUNTS.author.email)
    const other = await personFor(ACCOUNTS.panel.email)
    await openReport(page, site.url)
    await openReport(other.page, site.url)
    await other.page.locator('.ProseMirror p', { hasText: 'The criteria for a Serious Case Review' }).click()
    await other.page.keyboard.press('End')
    await other.page.keyboard.type(' A sentence from a colleague.')
    await page.locator('.collaboration-carets__label', { hasText: ACCOUNTS.panel.name }).waitFor(WAIT)
    await page.getByRole('region', { name: 'Also here' }).getByText(ACCOUNTS.panel.name).waitFor(WAIT)
    await saveScreenshot(page, 'report-with-colleague')
    await expectNoViolations(page)
    await other.page.goto(site.url + DEMO_REVIEW_PATH)
  })

  it('raises no uncaught errors on any page', () => {
    expect(people.size).toBeGreaterThanOrEqual(5)
    for (const [email, person] of people) expect(person.pageErrors, `in the browser of ${email ?? 'nobody signed in'}`).toEqual([])
  })
})

