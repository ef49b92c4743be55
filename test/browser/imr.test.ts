/**
 * The structured IMR as people meet it in Chromium: the health agency's IMR author imports a
 * chronology file through the page's file input (a file with a mistake first, whose problem the page
 * names by row and column, then a good one), adds an entry by hand, and the independent author then
 * finds those entries in the merged chronology of the review. Then the agency signs the IMR off, which
 * leaves it read only, and the independent author returns it to the agency.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNTS, browserTestSite, DEMO_REVIEW_PATH, saveScreenshot, WAIT } from '../helpers/browser.js'

const IMR_PATH = `${DEMO_REVIEW_PATH}/imr/health`
const run = Date.now().toString(36)

const HEADER = 'date,time,practitioner_role,event,source,impact,action_taken,child_seen,child_seen_alone,child_spoken_to'
const GOOD_CSV = [
  HEADER,
  `14/03/2012,10:30,Health Visitor 1,Home visit (${run}): Child K seen with Mother,Health visiting record,,Follow-up visit booked,yes,no,yes`,
  `03/2012,,GP,Letter about missed immunisations (${run}),GP record,Immunisations delayed,,no,no,no`,
  `about 02/04/2012,,Health Visitor 1,Neighbour phoned about crying at night (${run}),Duty log,,Referral to social care,no,no,no`,
].join('\n')
const BAD_CSV = [HEADER, `14/03/2012,,Health Visitor 1,A visit (${run}),Health visiting record,,,yes,no,no`, `31/02/2012,,GP,A letter (${run}),GP record,,,no,no,no`].join('\n')

const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') })

describe('a structured IMR', { timeout: 90_000 }, () => {
  const site = browserTestSite()

  it('its agency’s author imports a chronology file, told row and column of any problem, and adds an entry by hand', async () => {
    const agency = await site.open(ACCOUNTS.agency.email)
    const { page } = agency
    await page.goto(site.url + IMR_PATH)
    await page.getByRole('heading', { name: /Community Health \(health visiting\)/, level: 1 }).waitFor(WAIT)
    await page.getByRole('link', { name: 'Import a chronology file' }).click()
    await page.getByRole('heading', { name: 'Import a chronology', level: 1 }).waitFor(WAIT)

    await page.getByLabel('Chronology file').setInputFiles(csvFile('bad.csv', BAD_CSV))
    await page.getByLabel('Replace the chronology').check()
    await page.getByRole('button', { name: 'Import the file' }).click()
    const problem = page.getByRole('link', { name: /^Row 2, column date: / })
    await problem.waitFor(WAIT)
    await saveScreenshot(page, 'imr-import-refused')
    await problem.click()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-file')

    await page.getByLabel('Chronology file').setInputFiles(csvFile('chronology.csv', GOOD_CSV))
    await page.getByRole('button', { name: 'Import the file' }).click()
    await page.getByText('3 entries imported').waitFor(WAIT)
    expect(new URL(page.url()).pathname).toBe(IMR_PATH)
    const table = page.getByRole('table', { name: /Chronology of Community Health/ })
    await table.getByRole('cell', { name: `Home visit (${run}): Child K seen with Mother` }).waitFor(WAIT)
    await table.getByRole('cell', { name: `Letter about missed immunisations (${run})` }).waitFor(WAIT)
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3)
    await table.getByText('Month only', { exact: true }).waitFor(WAIT)
    await table.getByText('Approximate', { exact: true }).waitFor(WAIT)
    await saveScreenshot(page, 'imr-imported')

    await page.getByRole('link', { name: 'Add an entry' }).click()
    await page.getByLabel('Exact day').check()
    await page.getByLabel('Day', { exact: true }).fill('20')
    await page.getByLabel('Month', { exact: true }).fill('4')
    await page.getByLabel('Year', { exact: true }).fill('2012')
    await page.getByLabel('Practitioner’s role').fill('Health Visitor 2')
    await page.getByLabel('What happened').fill(`Clinic visit (${run}): Child K weighed`)
    await page.getByRole('button', { name: 'Add the entry' }).click()
    await page.getByRole('link', { name: 'Enter the source: a record, or a person’s role' }).waitFor(WAIT)
    await page.getByLabel('Source', { exact: true }).fill('Clinic record')
    await page.getByLabel('Child seen', { exact: true }).check()
    await page.getByRole('button', { name: 'Add the entry' }).click()
    await page.getByText('The entry of 20 April 2012 was added').waitFor(WAIT)
    await table.getByRole('cell', { name: `Clinic visit (${run}): Child K weighed` }).waitFor(WAIT)
    expect(agency.pageErrors).toEqual([])
  })

  it('the independent author reads the imported entries in the merged chronology', async () => {
    const author = await site.open(ACCOUNTS.author.email)
    const { page } = author
    await page.goto(site.url + DEMO_REVIEW_PATH)
    await page.getByRole('link', { name: 'Merged chronology' }).click()
    await page.getByRole('heading', { name: 'Merged chronology', level: 1 }).waitFor(WAIT)
    await page.getByText(`Home visit (${run}): Child K seen with Mother`).first().waitFor(WAIT)
    await page.getByText(`Neighbour phoned about crying at night (${run})`).first().waitFor(WAIT)
    await saveScreenshot(page, 'imr-merged-chronology')

    await page.goto(site.url + IMR_PATH)
    await page.getByText('You can read this document but not change it').waitFor(WAIT)
    expect(await page.getByRole('link', { name: 'Add an entry' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: /^Change/ }).count()).toBe(0)
    expect(author.pageErrors).toEqual([])
  })

  it('is sent to the panel and signed off by its agency, read only from then on, and returned by the independent author', async () => {
    const agency = await site.open(ACCOUNTS.agency.email)
    const { page } = agency
    await page.goto(site.url + IMR_PATH)
    // The demo's health IMR may already be with the panel.
    const markSent = page.getByRole('button', { name: 'Mark as sent to the panel' })
    if (await markSent.isVisible()) {
      await markSent.click()
      await page.getByText('The IMR is marked as sent to the panel').waitFor(WAIT)
    }
    await page.getByRole('link', { name: 'Record sign-off' }).click()
    await page.getByRole('button', { name: 'Record the sign-off' }).click()
    await page.getByRole('link', { name: 'Enter the name of the person who signed the IMR off' }).waitFor(WAIT)
    await page.getByLabel('Name of the person who signed it off').fill('Dr Ann Lee')
    await page.getByLabel('Their role').fill('Chief Executive')
    await page.getByLabel('Day', { exact: true }).fill('1')
    await page.getByLabel('Month', { exact: true }).fill('3')
    await page.getByLabel('Year', { exact: true }).fill('2025')
    await page.getByRole('button', { name: 'Record the sign-off' }).click()
    await page.getByText('This IMR is signed off and read only').waitFor(WAIT)
    await page.getByText('Signed off by Dr Ann Lee, Chief Executive, on 1 March 2025.').waitFor(WAIT)
    expect(await page.getByRole('link', { name: 'Add an entry' }).count()).toBe(0)
    await expect.poll(() => page.locator('.ProseMirror').getAttribute('contenteditable'), WAIT).toBe('false')

    const author = await site.open(ACCOUNTS.author.email)
    await author.page.goto(site.url + IMR_PATH)
    // Returning asks first, saying what it does; Cancel leaves the IMR signed off.
    const confirmation = author.page.getByRole('heading', { name: 'Return the IMR to Community Health (health visiting)?', level: 1 })
    await author.page.getByRole('link', { name: 'Return to the agency' }).click()
    await confirmation.waitFor(WAIT)
    await author.page.getByText('its sign-off is cleared (signed off by Dr Ann Lee, Chief Executive, on 1 March 2025)').waitFor(WAIT)
    await author.page.getByRole('link', { name: 'Cancel' }).click()
    await author.page.getByText('This IMR is signed off and read only').waitFor(WAIT)
    await author.page.getByRole('link', { name: 'Return to the agency' }).click()
    await confirmation.waitFor(WAIT)
    await author.page.getByRole('button', { name: 'Yes, return it to the agency' }).click()
    await author.page.getByText('The IMR was returned to Community Health (health visiting)').waitFor(WAIT)
    expect(author.page.url()).toBe(site.url + IMR_PATH)
    await author.page.getByRole('heading', { name: /Community Health \(health visiting\)\s*Received/, level: 1 }).waitFor(WAIT)

    await page.reload()
    await page.getByRole('link', { name: 'Add an entry' }).waitFor(WAIT)
    expect(agency.pageErrors).toEqual([])
    expect(author.pageErrors).toEqual([])
  })
})
