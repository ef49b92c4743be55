/**
 * What each role can open, as a person meets it in Chromium: the communications lead never gets the
 * overview report (no link, and typing its address shows a page saying so without ever opening a
 * connection to it); an agency's IMR author opens and edits their own agency's IMR and nothing else;
 * a panel member reads IMRs but cannot change them, and the page believes the server's read-only
 * message over what the review said; a change of role reaches a page that is already open.
 */
import { describe, expect, it } from 'vitest'
import { ACCOUNTS, apiToken, browserTestSite, DEMO_REPORT_PATH, DEMO_REVIEW_PATH, documentText, openReport, saveScreenshot, WAIT } from '../helpers/browser.js'

const NO_ACCESS = 'You do not have access to this document'
const run = Date.now().toString(36)

describe('who can open which document', () => {
  const site = browserTestSite()

  it('the communications lead has no link to the report, and typing its address opens nothing', async () => {
    const comms = await site.open(ACCOUNTS.comms.email)
    const { page } = comms
    await page.goto(site.url + DEMO_REVIEW_PATH)
    await page.getByRole('heading', { name: 'Child K', level: 1 }).waitFor(WAIT)
    await page.getByText('Communications leads see only the anonymised outputs').waitFor(WAIT)
    await page.getByRole('link', { name: 'Executive summary' }).waitFor(WAIT)
    expect(await page.getByRole('link', { name: 'Overview report' }).count()).toBe(0)
    expect(await page.getByRole('link', { name: /^IMR/ }).count()).toBe(0)

    await page.goto(site.url + DEMO_REPORT_PATH)
    await page.getByRole('heading', { name: NO_ACCESS }).waitFor(WAIT)
    await saveScreenshot(page, 'roles-comms-no-access')
    expect(await page.locator('.ProseMirror').count()).toBe(0)
    expect(comms.websockets).toEqual([])
    expect(comms.pageErrors).toEqual([])
  })

  it('an agency IMR author sees and edits their own agency’s IMR only', async () => {
    const agency = await site.open(ACCOUNTS.agency.email)
    const { page } = agency
    await page.goto(site.url + DEMO_REVIEW_PATH)
    const documents = page.getByRole('link', { name: /^IMR|Overview report/ })
    await page.getByRole('link', { name: 'IMR: Community Health (health visiting)' }).waitFor(WAIT)
    expect(await documents.allInnerTexts()).toEqual(['IMR: Community Health (health visiting)'])

    await page.getByRole('link', { name: 'IMR: Community Health (health visiting)' }).click()
    expect(new URL(page.url()).pathname).toBe('/reviews/child-k/imr/health')
    await openReport(page, site.url, '/reviews/child-k/imr/health')
    expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(1)
    const sentence = ` Health visitor saw Child K at home (${run}).`
    await page.locator('.ProseMirror p').first().click()
    await page.keyboard.press('End')
    await page.keyboard.type(sentence)
    await page.locator('[data-saved="true"]').waitFor(WAIT)
    await page.reload()
    await page.locator('[data-connection="connected"]').waitFor(WAIT)
    await expect.poll(() => documentText(page), WAIT).toContain(sentence.trim())

    for (const path of [DEMO_REPORT_PATH, '/reviews/child-k/imr/police']) {
      const before = agency.websockets.length
      await page.goto(site.url + path)
      await page.getByRole('heading', { name: NO_ACCESS }).waitFor(WAIT)
      expect(await page.locator('.ProseMirror').count()).toBe(0)
      expect(agency.websockets.slice(before)).toEqual([])
    }
    expect(agency.websockets.every((url) => url.includes('/collab/review.child-k.imr-health'))).toBe(true)
    expect(agency.pageErrors).toEqual([])
  })

  it('a panel member reads an IMR but cannot change it', async () => {
    const panel = await site.open(ACCOUNTS.panel.email)
    const { page } = panel
    await page.goto(site.url + DEMO_REVIEW_PATH)
    const police = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'IMR: Police' }) })
    await police.getByText('Read only').waitFor(WAIT)

    await openReport(page, site.url, '/reviews/child-k/imr/police')
    await page.getByText('You can read this document but not change it').waitFor(WAIT)
    expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0)
    expect(await page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false')
    const before = await documentText(page)
    await page.locator('.ProseMirror p').first().click()
    await page.keyboard.type('This must not appear.')
    expect(await documentText(page)).toBe(before)
    await saveScreenshot(page, 'roles-panel-read-only')
    expect(panel.pageErrors).toEqual([])
  })

  it('shows the change at once when the author changes the role of someone who has the report open', async () => {
    const person = await site.open(ACCOUNTS.panel2.email)
    const { page } = person
    await openReport(page, site.url)
    const changeRole = async (role: string) => {
      const token = await apiToken(site.url, ACCOUNTS.author.email)
      const response = await fetch(`${site.url}/api/reviews/child-k/members`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: ACCOUNTS.panel2.email, role, agencyId: null }),
      })
      expect(response.status).toBe(201)
    }
    try {
      await changeRole('comms')
      await page.getByRole('heading', { name: NO_ACCESS }).waitFor(WAIT)
      expect(await page.locator('.ProseMirror').count()).toBe(0)
    } finally {
      await changeRole('panel')
    }
    expect(person.pageErrors).toEqual([])
  })

  it('turns the editor read-only when the server says the connection is, whatever the page was told', async () => {
    const panel = await site.open(ACCOUNTS.panel2.email)
    const { page } = panel
    // The review as served, but claiming this panel member may write the police IMR.
    await page.route('**/api/reviews/child-k', async (route) => {
      const response = await route.fetch()
      const review = (await response.json()) as { documentList: { agencyId: string | null; access: string }[] }
      for (const document of review.documentList) if (document.agencyId === 'police') document.access = 'write'
      await route.fulfill({ response, json: review })
    })
    await openReport(page, site.url, '/reviews/child-k/imr/police')
    await page.getByText('You can read this document but not change it').waitFor(WAIT)
    expect(await page.getByRole('toolbar', { name: 'Formatting' }).count()).toBe(0)
    expect(await page.locator('.ProseMirror').getAttribute('contenteditable')).toBe('false')
    await page.unroute('**/api/reviews/child-k')
    expect(panel.pageErrors).toEqual([])
  })
})
