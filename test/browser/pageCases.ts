/**
 * @module
 * Every page of the client as the accessibility test visits it: who is signed in (null: nobody), the
 * path, and how to tell the page is showing what a person came for (or, for forms, its errors).
 */
import type { Page } from 'playwright-core'
import { ACCOUNTS, ADMIN_EMAIL, apiToken, DEMO_REPORT_PATH, DEMO_REVIEW_PATH, WAIT } from '../helpers/browser.js'

export interface PageCase {
  name: string
  as: string | null
  path: string
  ready(page: Page): Promise<void>
}

const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { name, level: 1 }).waitFor(WAIT)

async function liveEditor(page: Page): Promise<void> {
  await page.locator('.ProseMirror').waitFor(WAIT)
  await page.locator('[data-connection="connected"]').waitFor(WAIT)
}

async function submitWithErrors(page: Page, button: string): Promise<void> {
  await page.getByRole('button', { name: button }).click()
  await page.getByRole('heading', { name: 'There is a problem' }).waitFor(WAIT)
}

const author = ACCOUNTS.author.email

/** The report's IMRs tab, open on the health agency's chronology. */
async function imrsTab(page: Page): Promise<void> {
  await liveEditor(page)
  await page.getByRole('tab', { name: 'IMRs' }).click()
  await page.getByRole('group', { name: 'Agency' }).getByLabel('Community Health (health visiting)').check()
  await page.getByRole('group', { name: 'Chronology entries' }).waitFor(WAIT)
}

/**
 * An excerpt of a health entry in the report whose entry the agency then changed: the warning that
 * says what changed, with its "Update excerpt" button. Leaves the excerpt in the demo report, in the
 * analysis, which is not in the executive summary (the entry names the child).
 */
async function changedExcerpt(page: Page): Promise<void> {
  await liveEditor(page)
  await page.locator('.ProseMirror h2', { hasText: 'Analysis' }).locator('xpath=following-sibling::p[1]').click()
  await imrsTab(page)
  await page.locator('.govuk-radios__item', { hasText: 'Unannounced home visit' }).getByRole('radio').check()
  await page.getByRole('button', { name: 'Insert excerpt' }).click()
  await page.getByRole('status').getByText('Excerpt inserted').waitFor(WAIT)
  const origin = new URL(page.url()).origin
  const headers = { Authorization: `Bearer ${await apiToken(origin, ACCOUNTS.agency.email)}`, 'Content-Type': 'application/json' }
  const entryUrl = `${origin}/api/reviews/child-k/imrs/health/entries/ent_demohv06`
  const imr = (await (await fetch(`${origin}/api/reviews/child-k/imrs/health`, { headers })).json()) as { entries: Array<Record<string, unknown>> }
  const { id: _id, revision, updatedAt: _updatedAt, ...fields } = imr.entries.find((entry) => entry.id === 'ent_demohv06') ?? {}
  const event = `Unannounced home visit, changed by the agency at ${Date.now()}.`
  const changed = await fetch(entryUrl, { method: 'PUT', headers, body: JSON.stringify({ revision, fields: { ...fields, event } }) })
  if (!changed.ok) throw new Error(`Changing the entry answered ${changed.status}`)
  await page.evaluate(() => window.dispatchEvent(new Event('focus')))
  const warning = page.getByText('The source has changed since this excerpt was inserted')
  await warning.waitFor(WAIT)
  await warning.scrollIntoViewIfNeeded()
}

/**
 * The Comments tab beside the report, with a thread on its first words (started here: leaves it in
 * the demo report, away from the paragraph other cases type in) and its reply box open.
 */
async function commentsTab(page: Page): Promise<void> {
  await liveEditor(page)
  await page.locator('.ProseMirror p', { hasText: 'considered were not accidental.' }).click({ position: { x: 2, y: 8 } })
  await page.keyboard.press('Home')
  for (let index = 0; index < 'This review'.length; index++) await page.keyboard.press('Shift+ArrowRight')
  await page.keyboard.press('Control+Alt+M')
  await page.getByRole('region', { name: 'New comment' }).getByRole('textbox', { name: 'Comment' }).fill('Which criteria: the 2006 or the 2013 guidance?')
  await page.getByRole('region', { name: 'New comment' }).getByRole('button', { name: 'Comment' }).click()
  await page.locator('article.app-thread', { hasText: 'Which criteria' }).getByRole('textbox', { name: 'Reply' }).waitFor(WAIT)
}

export const PAGE_CASES: PageCase[] = [
  { name: 'sign-in', as: null, path: '/login', ready: (page) => heading(page, 'Sign in') },
  {
    name: 'sign-in-errors',
    as: null,
    path: '/login',
    ready: (page) => submitWithErrors(page, 'Sign in'),
  },
  {
    name: 'sign-in-refused',
    as: null,
    path: '/login',
    ready: async (page) => {
      await page.getByLabel('Email address').fill(author)
      await page.getByLabel('Password').fill('not the password')
      await page.getByRole('button', { name: 'Sign in' }).click()
      await page.getByRole('link', { name: 'The email address or password is not right.' }).waitFor(WAIT)
    },
  },
  { name: 'reviews', as: author, path: '/', ready: (page) => page.getByRole('link', { name: 'Child K', exact: true }).waitFor(WAIT) },
  { name: 'reviews-admin', as: ADMIN_EMAIL, path: '/', ready: (page) => page.getByRole('button', { name: 'Create a review' }).waitFor(WAIT) },
  { name: 'review', as: author, path: DEMO_REVIEW_PATH, ready: (page) => page.getByRole('link', { name: 'Overview report' }).waitFor(WAIT) },
  { name: 'review-comms', as: ACCOUNTS.comms.email, path: DEMO_REVIEW_PATH, ready: (page) => page.getByRole('link', { name: 'Executive summary' }).waitFor(WAIT) },
  { name: 'review-admin', as: ADMIN_EMAIL, path: DEMO_REVIEW_PATH, ready: (page) => page.getByRole('link', { name: 'Members' }).waitFor(WAIT) },
  { name: 'review-edit', as: author, path: `${DEMO_REVIEW_PATH}/edit`, ready: (page) => heading(page, 'Change status and key dates') },
  {
    name: 'review-edit-errors',
    as: author,
    path: `${DEMO_REVIEW_PATH}/edit`,
    ready: async (page) => {
      await page.locator('#dates-decision-month').fill('13')
      await page.locator('#dates-panelFirstMeeting-day').fill('')
      await submitWithErrors(page, 'Save changes')
    },
  },
  { name: 'report', as: author, path: DEMO_REPORT_PATH, ready: liveEditor },
  {
    name: 'report-register-errors',
    as: author,
    path: DEMO_REPORT_PATH,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByRole('tab', { name: 'Register' }).click()
      await page.getByRole('button', { name: 'Add a person or place' }).click()
      await submitWithErrors(page, 'Add to the register')
    },
  },
  {
    name: 'report-public-roles',
    as: author,
    path: DEMO_REPORT_PATH,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByRole('tab', { name: 'Register' }).click()
      await page.getByText('Roles named in the summary').click()
      await page.getByRole('button', { name: 'Add a panel member' }).click()
      await submitWithErrors(page, 'Save roles')
    },
  },
  {
    name: 'report-summary-preview',
    as: author,
    path: DEMO_REPORT_PATH,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByRole('button', { name: 'Summary preview' }).click()
      await page.getByRole('heading', { name: 'Preview of the executive summary' }).waitFor(WAIT)
    },
  },
  { name: 'report-imrs', as: author, path: DEMO_REPORT_PATH, ready: imrsTab },
  { name: 'report-excerpt-changed', as: author, path: DEMO_REPORT_PATH, ready: changedExcerpt },
  { name: 'report-comments', as: author, path: DEMO_REPORT_PATH, ready: commentsTab },
  {
    name: 'report-recommendations',
    as: author,
    path: DEMO_REPORT_PATH,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByRole('tab', { name: 'Recommendations' }).click()
      await page.getByRole('tabpanel').getByLabel('The finding it answers').first().waitFor(WAIT)
    },
  },
  { name: 'notifications', as: ACCOUNTS.panel.email, path: '/notifications', ready: (page) => heading(page, 'Notifications') },
  {
    name: 'imr',
    as: ACCOUNTS.agency.email,
    path: `${DEMO_REVIEW_PATH}/imr/health`,
    ready: async (page) => {
      await heading(page, /Community Health/)
      await page.getByRole('link', { name: 'Add an entry' }).waitFor(WAIT)
      await liveEditor(page)
    },
  },
  {
    name: 'imr-details-errors',
    as: ACCOUNTS.agency.email,
    path: `${DEMO_REVIEW_PATH}/imr/health/details`,
    ready: async (page) => {
      await heading(page, 'About this IMR')
      await page.getByRole('button', { name: /^Add (a|another) recommendation$/ }).click()
      await submitWithErrors(page, 'Save the details')
    },
  },
  {
    name: 'imr-entry-errors',
    as: ACCOUNTS.agency.email,
    path: `${DEMO_REVIEW_PATH}/imr/health/entries/new`,
    ready: async (page) => {
      await heading(page, 'Add a chronology entry')
      await page.getByLabel('Month only').check()
      await submitWithErrors(page, 'Add the entry')
    },
  },
  {
    name: 'imr-import-errors',
    as: ACCOUNTS.agency.email,
    path: `${DEMO_REVIEW_PATH}/imr/health/import`,
    ready: async (page) => {
      await heading(page, 'Import a chronology')
      await page.getByText('What the file must contain').click()
      await submitWithErrors(page, 'Import the file')
    },
  },
  { name: 'imr-sign-off-errors', as: ACCOUNTS.agency.email, path: `${DEMO_REVIEW_PATH}/imr/health/sign-off`, ready: (page) => submitWithErrors(page, 'Record the sign-off') },
  { name: 'imr-reopen', as: author, path: `${DEMO_REVIEW_PATH}/imr/social-care/reopen`, ready: (page) => heading(page, /^Return the IMR to .+\?$/) },
  {
    name: 'imr-read-only',
    as: author,
    path: `${DEMO_REVIEW_PATH}/imr/police`,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByText('You can read this document but not change it').waitFor(WAIT)
    },
  },
  {
    name: 'imr-read-only-panel',
    as: ACCOUNTS.panel.email,
    path: `${DEMO_REVIEW_PATH}/imr/health`,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByText('You can read this document but not change it').waitFor(WAIT)
    },
  },
  {
    name: 'chronology',
    as: author,
    path: `${DEMO_REVIEW_PATH}/chronology`,
    ready: async (page) => {
      await heading(page, 'Merged chronology')
      await page.getByText('Loading the agencies’ chronologies…').waitFor({ ...WAIT, state: 'hidden' })
    },
  },
  {
    name: 'action-plan',
    as: ADMIN_EMAIL,
    path: `${DEMO_REVIEW_PATH}/action-plan?status=overdue`,
    ready: async (page) => {
      await heading(page, 'Action plan')
      await page.getByRole('heading', { name: 'Recommendation 3' }).waitFor(WAIT)
    },
  },
  {
    name: 'action-plan-new-errors',
    as: author,
    path: `${DEMO_REVIEW_PATH}/action-plan/actions/new`,
    ready: async (page) => {
      await heading(page, 'Add an action')
      await submitWithErrors(page, 'Add the action')
    },
  },
  { name: 'action-plan-delete', as: ACCOUNTS.panel.email, path: `${DEMO_REVIEW_PATH}/action-plan/actions/act_demo04/delete`, ready: (page) => heading(page, 'Are you sure you want to delete this action?') },
  { name: 'action-plan-no-permission', as: ACCOUNTS.comms.email, path: `${DEMO_REVIEW_PATH}/action-plan`, ready: (page) => heading(page, 'You do not have access to this page') },
  { name: 'no-access', as: ACCOUNTS.agency.email, path: DEMO_REPORT_PATH, ready: (page) => heading(page, 'You do not have access to this document') },
  { name: 'members', as: author, path: `${DEMO_REVIEW_PATH}/members`, ready: (page) => page.getByRole('cell', { name: 'panel@example.org' }).waitFor(WAIT) },
  {
    name: 'members-errors',
    as: author,
    path: `${DEMO_REVIEW_PATH}/members`,
    ready: async (page) => {
      await page.getByLabel('Agency IMR author').check()
      await page.getByLabel('Agency', { exact: true }).waitFor(WAIT)
      await submitWithErrors(page, 'Add person')
    },
  },
  {
    name: 'members-remove',
    as: author,
    path: `${DEMO_REVIEW_PATH}/members`,
    ready: async (page) => {
      await page.getByRole('button', { name: 'Remove Tom Hughes (panel)' }).click()
      await heading(page, /Are you sure you want to remove Tom Hughes/)
    },
  },
  { name: 'members-read', as: ACCOUNTS.panel.email, path: `${DEMO_REVIEW_PATH}/members`, ready: (page) => page.getByRole('cell', { name: 'panel@example.org' }).waitFor(WAIT) },
  { name: 'summary', as: author, path: `${DEMO_REVIEW_PATH}/summary`, ready: (page) => page.getByRole('link', { name: 'Word document (.docx)' }).waitFor(WAIT) },
  { name: 'summary-comms', as: ACCOUNTS.comms.email, path: `${DEMO_REVIEW_PATH}/summary`, ready: (page) => page.getByRole('link', { name: 'PDF' }).waitFor(WAIT) },
  { name: 'summary-panel', as: ACCOUNTS.panel.email, path: `${DEMO_REVIEW_PATH}/summary`, ready: (page) => page.getByRole('region', { name: 'The executive summary' }).getByText('Summary of agency involvement').waitFor(WAIT) },
  { name: 'summary-no-permission', as: ACCOUNTS.agency.email, path: `${DEMO_REVIEW_PATH}/summary`, ready: (page) => heading(page, 'You do not have access to this page') },
  { name: 'board-response', as: ADMIN_EMAIL, path: `${DEMO_REVIEW_PATH}/board-response`, ready: (page) => page.getByRole('button', { name: 'Save the response' }).waitFor(WAIT) },
  {
    name: 'board-response-errors',
    as: ADMIN_EMAIL,
    path: `${DEMO_REVIEW_PATH}/board-response`,
    ready: async (page) => {
      await page.getByLabel('The board accepts most of the findings').check()
      await submitWithErrors(page, 'Save the response')
    },
  },
  { name: 'board-response-comms', as: ACCOUNTS.comms.email, path: `${DEMO_REVIEW_PATH}/board-response`, ready: (page) => page.getByText('Actions already taken').waitFor(WAIT) },
  {
    name: 'publication',
    as: ACCOUNTS.comms.email,
    path: `${DEMO_REVIEW_PATH}/publication`,
    // The pack's readiness check, with its tags, is part of the page that axe judges.
    ready: async (page) => {
      await page.getByRole('button', { name: 'Download the publication pack (.zip)' }).waitFor(WAIT)
      await page.locator('.app-pack-readiness .govuk-tag').first().waitFor(WAIT)
    },
  },
  {
    name: 'publication-errors',
    as: ACCOUNTS.comms.email,
    path: `${DEMO_REVIEW_PATH}/publication`,
    ready: async (page) => {
      await page.getByLabel('Published', { exact: true }).check()
      await page.locator('#publishedOn-day').fill('5')
      await page.locator('#publishedOn-month').fill('3')
      await page.locator('#publishedOn-year').fill('2026')
      await page.locator('#comesDownOn-day').fill('1')
      await page.locator('#comesDownOn-month').fill('1')
      await page.locator('#comesDownOn-year').fill('2027')
      await submitWithErrors(page, 'Save publication')
      await page.getByRole('link', { name: /must be on or after 5 March 2027/ }).waitFor(WAIT)
    },
  },
  { name: 'publication-read', as: author, path: `${DEMO_REVIEW_PATH}/publication`, ready: (page) => heading(page, 'Publication') },
  { name: 'media-statement', as: ACCOUNTS.comms.email, path: `${DEMO_REVIEW_PATH}/media-statement`, ready: liveEditor },
  {
    name: 'media-statement-preview',
    as: ACCOUNTS.comms.email,
    path: `${DEMO_REVIEW_PATH}/media-statement`,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByRole('button', { name: 'Public preview' }).click()
      await page.getByTestId('statement-preview').getByText('Media statement: Child K').waitFor(WAIT)
    },
  },
  {
    name: 'media-statement-downloads',
    as: author,
    path: `${DEMO_REVIEW_PATH}/media-statement`,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByRole('tab', { name: 'Downloads' }).click()
      await page.getByTestId('statement-leak-check').waitFor(WAIT)
    },
  },
  {
    name: 'media-statement-read-only',
    as: ACCOUNTS.panel.email,
    path: `${DEMO_REVIEW_PATH}/media-statement`,
    ready: async (page) => {
      await liveEditor(page)
      await page.getByText('You can read this document but not change it').waitFor(WAIT)
    },
  },
  { name: 'media-statement-no-access', as: ACCOUNTS.agency.email, path: `${DEMO_REVIEW_PATH}/media-statement`, ready: (page) => heading(page, 'You do not have access to this document') },
  { name: 'audit', as: author, path: `${DEMO_REVIEW_PATH}/audit`, ready: (page) => page.getByRole('columnheader', { name: 'From where' }).waitFor(WAIT) },
  { name: 'create-review', as: ADMIN_EMAIL, path: '/new-review', ready: (page) => heading(page, 'Create a review') },
  { name: 'create-review-errors', as: ADMIN_EMAIL, path: '/new-review', ready: (page) => submitWithErrors(page, 'Create review') },
  { name: 'create-review-no-permission', as: author, path: '/new-review', ready: (page) => heading(page, 'You do not have permission to see this page') },
  { name: 'accounts', as: ADMIN_EMAIL, path: '/accounts', ready: (page) => page.getByRole('cell', { name: ACCOUNTS.panel.email }).waitFor(WAIT) },
  { name: 'accounts-errors', as: ADMIN_EMAIL, path: '/accounts', ready: (page) => submitWithErrors(page, 'Create account') },
  {
    name: 'accounts-created',
    as: ADMIN_EMAIL,
    path: '/accounts',
    ready: async (page) => {
      await page.getByLabel('Full name').fill('Dana Reid (panel)')
      await page.getByLabel('Email address').fill('dana.reid@example.org')
      await page.getByRole('button', { name: 'Create account' }).click()
      await page.getByText('This password is shown only once.').waitFor(WAIT)
    },
  },
  { name: 'accounts-no-permission', as: ACCOUNTS.panel.email, path: '/accounts', ready: (page) => heading(page, 'You do not have permission to see this page') },
  { name: 'activity', as: ADMIN_EMAIL, path: '/activity', ready: (page) => page.getByRole('columnheader', { name: 'From where' }).waitFor(WAIT) },
  { name: 'activity-no-permission', as: author, path: '/activity', ready: (page) => heading(page, 'You do not have permission to see this page') },
  { name: 'not-found', as: author, path: '/nope', ready: (page) => heading(page, 'Page not found') },
  { name: 'review-not-found', as: author, path: '/reviews/does-not-exist', ready: (page) => heading(page, 'Review not found') },
]
