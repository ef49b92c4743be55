/**
 * Accounts, as the business manager and a newcomer meet them in Chromium: the admin creates an account
 * (with the GOV.UK checks) and sees its password once; the newcomer signs in with it and sees no
 * reviews until the admin adds them to Child K from the members page; everyone else is refused the
 * admin's pages; the account activity page shows what happened, newest first.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/server.js'
import { ACCOUNTS, ADMIN_EMAIL, DEMO_REVIEW_PATH, openPerson, openSignedInPerson, saveScreenshot, signIn, startBrowserServer, WAIT, type Person } from '../helpers/browser.js'

const NO_PERMISSION = 'You do not have permission to see this page'
const NEWCOMER = { name: 'Riya Patel (panel)', email: `riya.patel.${Date.now().toString(36)}@example.org` }

const adminLinks = (page: Page) => page.getByRole('navigation', { name: 'Administration' }).getByRole('link')

describe('accounts', () => {
  let server: RunningServer
  let admin: Person
  let newcomer: Person
  let password = ''

  beforeAll(async () => {
    server = await startBrowserServer()
    admin = await openSignedInPerson(server.url, ADMIN_EMAIL)
    newcomer = await openPerson()
  })

  afterAll(async () => {
    await Promise.all([admin, newcomer].filter(Boolean).map((person) => person.close()))
    await server?.close()
  })

  it('lets the admin create an account and shows its password once', async () => {
    const { page } = admin
    expect(await adminLinks(page).allInnerTexts()).toEqual(['Accounts', 'Account activity'])
    await page.getByRole('link', { name: 'Accounts', exact: true }).click()
    await page.getByRole('heading', { name: 'Accounts', level: 1 }).waitFor(WAIT)
    await page.getByRole('cell', { name: ACCOUNTS.panel.email }).waitFor(WAIT)

    await page.getByRole('button', { name: 'Create account' }).click()
    const summary = page.locator('.govuk-error-summary')
    await summary.waitFor(WAIT)
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['Enter a name', 'Enter an email address in the correct format, like name@example.org'])
    expect(await page.locator('#account-name-error').innerText()).toContain('Enter a name')
    expect(await page.title()).toMatch(/^Error: Accounts/)

    await page.getByLabel('Full name').fill(NEWCOMER.name)
    await page.getByLabel('Email address').fill(ACCOUNTS.panel.email)
    await page.getByRole('button', { name: 'Create account' }).click()
    await page.locator('#account-email-error', { hasText: 'An account with that email address already exists' }).waitFor(WAIT)
    expect(await summary.getByRole('link').allInnerTexts()).toEqual(['An account with that email address already exists'])

    await page.getByLabel('Email address').fill(NEWCOMER.email)
    await page.getByRole('button', { name: 'Create account' }).click()
    const banner = page.locator('.govuk-notification-banner--success')
    await banner.getByText(`An account was created for ${NEWCOMER.name}`).waitFor(WAIT)
    expect(await banner.innerText()).toContain(NEWCOMER.email)
    expect(await banner.innerText()).toContain('This password is shown only once.')
    password = await banner.locator('code').innerText()
    expect(password).toMatch(/^[A-Za-z0-9]{20}$/)
    expect(await summary.count()).toBe(0)
    expect(await page.getByLabel('Full name').inputValue()).toBe('')
    await page.getByRole('row', { name: new RegExp(NEWCOMER.email.replace(/\./g, '\\.')) }).waitFor(WAIT)
    await saveScreenshot(page, 'accounts-password-shown-once')

    await page.reload()
    await page.getByRole('cell', { name: NEWCOMER.email }).waitFor(WAIT)
    expect(await page.getByText(password).count()).toBe(0)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await page.getByRole('heading', { name: 'Sign in' }).waitFor(WAIT)
    expect(admin.pageErrors).toEqual([])
  })

  it('lets the newcomer sign in with that password, to no reviews yet', async () => {
    const { page } = newcomer
    await page.goto(`${server.url}/login`)
    await page.getByLabel('Email address').fill(NEWCOMER.email)
    await page.getByLabel('Password').fill('not the password')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByRole('link', { name: 'The email address or password is not right.' }).waitFor(WAIT)

    await signIn(page, NEWCOMER.email, server.url, password)
    await page.getByRole('heading', { name: 'Your reviews', level: 1 }).waitFor(WAIT)
    await page.getByText('You are not a member of any review yet.').waitFor(WAIT)
    expect(await page.getByRole('link', { name: 'Child K' }).count()).toBe(0)
    expect(await adminLinks(page).count()).toBe(0)
    await saveScreenshot(page, 'accounts-newcomer-no-reviews')
  })

  it('lets the admin add the newcomer to Child K from the members page, and they see it', async () => {
    const { page } = admin
    await signIn(page, ADMIN_EMAIL)
    await page.goto(`${server.url}${DEMO_REVIEW_PATH}/members`)
    const createLink = page.getByRole('link', { name: 'create an account for them' })
    await createLink.waitFor(WAIT)
    expect(await createLink.getAttribute('href')).toBe('/accounts')
    expect(await page.getByText('ask the board’s business manager').count()).toBe(0)

    await page.getByLabel('Email address').fill(NEWCOMER.email)
    await page.getByLabel('Panel member').check()
    await page.getByRole('button', { name: 'Add person' }).click()
    await page.getByText(`${NEWCOMER.name} was added as a panel member.`).waitFor(WAIT)
    await saveScreenshot(page, 'accounts-members-admin')

    await newcomer.page.goto(server.url)
    await newcomer.page.getByRole('link', { name: 'Child K', exact: true }).waitFor(WAIT)
    expect(await newcomer.page.getByRole('row', { name: /Child K/ }).innerText()).toContain('Panel member')
    expect(admin.pageErrors).toEqual([])
  })

  it('refuses the admin’s pages to a panel member who types their address', async () => {
    const { page } = newcomer
    for (const path of ['/accounts', '/activity']) {
      await page.goto(server.url + path)
      await page.getByRole('heading', { name: NO_PERMISSION, level: 1 }).waitFor(WAIT)
      expect(await page.getByRole('table').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Create account' }).count()).toBe(0)
    }
    expect(await page.title()).toMatch(new RegExp(`^${NO_PERMISSION}`))
    await saveScreenshot(page, 'accounts-newcomer-refused')
    expect(newcomer.pageErrors).toEqual([])
  })

  it('shows the admin every account event, newest first', async () => {
    const { page } = admin
    await page.getByRole('link', { name: 'Account activity' }).click()
    await page.getByRole('heading', { name: 'Account activity', level: 1 }).waitFor(WAIT)
    const rows = page.getByRole('table').locator('tbody tr')
    await rows.first().waitFor(WAIT)
    expect(await rows.first().innerText()).toContain(`Added ${NEWCOMER.email} as a panel member`)
    expect(await rows.first().innerText()).toContain('In Child K')

    const texts = await rows.allInnerTexts()
    const index = (text: string) => texts.findIndex((row) => row.includes(text))
    const signedIn = texts.findIndex((row) => row.includes(NEWCOMER.email) && row.includes('Signed in'))
    const refused = texts.findIndex((row) => row.includes(NEWCOMER.email) && row.includes('Tried to sign in, and was refused'))
    const created = index(`Created an account for ${NEWCOMER.email}`)
    expect(signedIn).toBeGreaterThan(0)
    expect(refused).toBeGreaterThan(signedIn)
    expect(created).toBeGreaterThan(refused)
    const times = await page.getByRole('table').locator('tbody time').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime') ?? ''))
    expect([...times].sort().reverse()).toEqual(times)
    await saveScreenshot(page, 'accounts-activity')
    expect(admin.pageErrors).toEqual([])
  })
})
