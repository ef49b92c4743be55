/**
 * Running a review through the pages, as the people who do it: signing in takes a person to where they
 * were going and signing out ends it, in every tab; the author changes key dates (with the GOV.UK date checks) and
 * sees the statutory clock turn overdue; the business manager creates a review and adds and removes a
 * member.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNTS, ADMIN_EMAIL, browserTestSite, DEMO_REPORT_PATH, DEMO_REVIEW_PATH, openReport, saveScreenshot, signIn, WAIT } from '../helpers/browser.js'

describe('running a review', () => {
  const site = browserTestSite()

  it('sends a signed-out person to sign in, then on to the page they asked for; signing out ends it', async () => {
    const { page, pageErrors } = await site.open()
    await page.goto(`${site.url}${DEMO_REVIEW_PATH}/members`)
    await page.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT)
    expect(new URL(page.url()).searchParams.get('next')).toBe('/reviews/child-k/members')
    await signIn(page, ACCOUNTS.panel.email)
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor(WAIT)
    expect(new URL(page.url()).pathname).toBe('/reviews/child-k/members')
    expect(await page.getByRole('button', { name: /^Remove/ }).count()).toBe(0)

    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT)
    await page.goto(site.url + DEMO_REVIEW_PATH)
    await page.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT)
    expect(pageErrors).toEqual([])
  })

  it('takes an open document to sign in when the person signs out in another tab', async () => {
    const person = await site.open(ACCOUNTS.panel2.email)
    await openReport(person.page, site.url)
    const otherTab = await person.context.newPage()
    await otherTab.goto(site.url + DEMO_REVIEW_PATH)
    await otherTab.getByRole('button', { name: 'Sign out' }).click()
    await otherTab.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT)

    await person.page.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT)
    expect(new URL(person.page.url()).searchParams.get('next')).toBe(DEMO_REPORT_PATH)
    await signIn(person.page, ACCOUNTS.panel2.email)
    await person.page.locator('[data-connection="connected"]').waitFor(WAIT)
    expect(new URL(person.page.url()).pathname).toBe(DEMO_REPORT_PATH)
    await otherTab.close()
    expect(person.pageErrors).toEqual([])
  })

  it('checks key dates as GOV.UK does, and shows an overdue review as overdue', async () => {
    const { page, pageErrors } = await site.open(ACCOUNTS.author.email)
    await page.goto(site.url + DEMO_REVIEW_PATH)
    await page.getByRole('link', { name: 'Change the status and key dates' }).click()
    await page.getByRole('heading', { name: 'Change status and key dates' }).waitFor(WAIT)

    const fill = async (key: string, day: string, month: string, year: string) => {
      await page.locator(`#dates-${key}-day`).fill(day)
      await page.locator(`#dates-${key}-month`).fill(month)
      await page.locator(`#dates-${key}-year`).fill(year)
    }
    await fill('notification', '31', '2', '2025')
    await page.getByRole('button', { name: 'Save changes' }).click()
    const problem = page.getByRole('link', { name: 'Date of notification must be a real date' })
    await problem.waitFor(WAIT)
    await problem.click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('dates-notification-day')

    await fill('notification', '6', '1', '2025')
    await fill('decision', '3', '2', '2025')
    await page.getByLabel('With the panel').check()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('The status and key dates were saved.').waitFor(WAIT)
    expect(new URL(page.url()).pathname).toBe(DEMO_REVIEW_PATH)
    const reviewRow = page.locator('.govuk-summary-list__row', { hasText: 'Review completed' })
    await expect.poll(() => reviewRow.innerText(), WAIT).toMatch(/Overdue\s*Review was due 3 August 2025 \(\d+ days late\)/)
    expect(await page.locator('.govuk-summary-list__row', { hasText: 'Status' }).first().innerText()).toContain('With the panel')
    await saveScreenshot(page, 'review-overdue')

    await page.getByRole('link', { name: 'Your reviews' }).click()
    const listRow = page.getByRole('row', { name: /Child K/ })
    await expect.poll(() => listRow.innerText(), WAIT).toContain('Overdue')
    expect(pageErrors).toEqual([])
  })

  it('lets the business manager create a review, then add and remove a member', async () => {
    const { page, pageErrors } = await site.open(ADMIN_EMAIL)
    await page.getByRole('button', { name: 'Create a review' }).click()
    await page.getByLabel('Title').fill('Child M')
    expect(await page.getByLabel('Short name for web addresses').inputValue()).toBe('child-m')
    await page.getByLabel('Local child safeguarding practice review').check()
    await page.getByLabel('Agencies writing an individual management review (IMR)').fill("Police\nChildren's Social Care\n")
    await page.locator('#dates-notification-day').fill('2')
    await page.locator('#dates-notification-month').fill('11')
    await page.locator('#dates-notification-year').fill('2026')
    await page.getByRole('button', { name: 'Create review' }).click()
    await page.getByText('Child M was created. Add its members next.').waitFor(WAIT)
    expect(new URL(page.url()).pathname).toBe('/reviews/child-m')
    expect(await page.locator('.govuk-summary-list__row', { hasText: 'Notification of the case' }).innerText()).toContain('2 November 2026')

    await page.getByRole('link', { name: 'Members' }).click()
    await page.getByText('Nobody has been added to this review yet.').waitFor(WAIT)
    await page.getByLabel('Email address').fill(ACCOUNTS.agency.email)
    await page.getByLabel('Agency IMR author').check()
    await page.getByLabel('Agency', { exact: true }).selectOption({ label: "Children's Social Care" })
    await page.getByRole('button', { name: 'Add person' }).click()
    await page.getByText(`${ACCOUNTS.agency.name} was added as an agency IMR author.`).waitFor(WAIT)
    await page.getByRole('cell', { name: "Children's Social Care" }).waitFor(WAIT)

    await page.getByLabel('Email address').fill('nobody@example.org')
    await page.getByLabel('Panel member').check()
    await page.getByRole('button', { name: 'Add person' }).click()
    await page.getByRole('link', { name: /There is no account with that email address/ }).waitFor(WAIT)

    await page.getByRole('button', { name: `Remove ${ACCOUNTS.agency.name}` }).click()
    await page.getByRole('button', { name: `Yes, remove ${ACCOUNTS.agency.name}` }).click()
    await page.getByText(`${ACCOUNTS.agency.name} was removed from this review.`).waitFor(WAIT)
    await page.getByText('Nobody has been added to this review yet.').waitFor(WAIT)

    await page.goto(`${site.url}/reviews/child-m/audit`)
    const events = page.locator('tbody tr')
    await expect.poll(() => events.allInnerTexts(), WAIT).toEqual([
      expect.stringContaining(`Removed ${ACCOUNTS.agency.email} (agency IMR author)`),
      expect.stringContaining(`Added ${ACCOUNTS.agency.email} as an agency IMR author (Children's Social Care)`),
      expect.stringContaining('Created the review “Child M”'),
    ])
    await saveScreenshot(page, 'audit-new-review')
    expect(pageErrors).toEqual([])
  })
})
