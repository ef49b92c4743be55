/**
 * The action plan as people meet it in Chromium: the independent author adds an action (a form with
 * a problem first, which the page names), finds it under its recommendation, filters the plan to the
 * overdue actions (the filter is kept in the address), and sees the overdue tag on the review list,
 * whose link opens the plan filtered to them.
 */
import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { ACCOUNTS, browserTestSite, DEMO_REVIEW_PATH, saveScreenshot, WAIT } from '../helpers/browser.js'

const PLAN_PATH = `${DEMO_REVIEW_PATH}/action-plan`
const run = Date.now().toString(36)

describe('the action plan', { timeout: 90_000 }, () => {
  const site = browserTestSite()

  it('the author adds an action, filters the plan by status, and sees the overdue actions on the review list', async () => {
    const { page, pageErrors } = await site.open(ACCOUNTS.author.email)
    await page.goto(site.url + DEMO_REVIEW_PATH)
    await page.getByRole('link', { name: 'Action plan', exact: true }).click()
    await page.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor(WAIT)
    await page.getByRole('heading', { name: 'Recommendation 1' }).waitFor(WAIT)

    await page.getByRole('button', { name: 'Add an action' }).click()
    await page.getByRole('heading', { name: 'Add an action', level: 1 }).waitFor(WAIT)
    await page.getByLabel('Recommendation 2').check()
    const change = `Police share every call to an address where a baby lives (${run}).`
    await page.getByLabel('What will change').fill(change)
    await page.getByLabel('Lead agency').selectOption({ label: 'Police' })
    await page.getByLabel('Responsible role').fill('Detective Inspector, Public Protection Unit')
    const target = page.getByRole('group', { name: 'Target date' })
    await target.getByLabel('Day').fill('31')
    await target.getByLabel('Month').fill('2')
    await target.getByLabel('Year').fill('2020')
    await page.getByRole('button', { name: 'Add the action' }).click()
    const problem = page.getByRole('link', { name: 'Target date must be a real date' })
    await problem.waitFor(WAIT)

    await target.getByLabel('Day').fill('28')
    await page.getByLabel('On track').check()
    await page.getByRole('button', { name: 'Add the action' }).click()
    await page.getByText('The action was added').waitFor(WAIT)
    const row = page.locator('tr', { hasText: change })
    await row.getByText('Overdue', { exact: true }).waitFor(WAIT)
    await row.getByText('Recorded as on track').waitFor(WAIT)
    await row.getByText('Past its target date').waitFor(WAIT)
    await saveScreenshot(page, 'action-plan-added')

    await page.getByRole('group', { name: 'Status' }).getByLabel('Complete').check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.getByText('1 action matches the filters').waitFor(WAIT)
    expect(new URL(page.url()).search).toBe('?status=complete')
    expect(await page.getByRole('link', { name: 'Download as CSV (spreadsheet)' }).getAttribute('href')).toBe('/api/reviews/child-k/action-plan.csv?status=complete')
    const [csv] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('link', { name: 'Download as CSV (spreadsheet)' }).click()])
    expect(csv.suggestedFilename()).toBe('action-plan.csv')
    expect(await readFile(await csv.path(), 'utf8')).toContain('Complete')

    await page.getByRole('button', { name: 'Clear filters' }).click()
    await page.getByRole('group', { name: 'Status' }).getByLabel('Overdue').check()
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.getByText('2 actions match the filters').waitFor(WAIT)
    await expect.poll(() => page.locator('tbody tr').count()).toBe(2)

    await page.goto(site.url)
    const tag = page.getByRole('link', { name: /2 actions overdue/ })
    await tag.waitFor(WAIT)
    await saveScreenshot(page, 'action-plan-review-list')
    await tag.click()
    await page.getByRole('heading', { name: 'Action plan', level: 1 }).waitFor(WAIT)
    await page.getByText('2 actions match the filters').waitFor(WAIT)
    expect(await page.getByRole('group', { name: 'Status' }).getByLabel('Overdue').isChecked()).toBe(true)
    expect(pageErrors).toEqual([])
  })
})
