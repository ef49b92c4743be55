/**
 * @module
 * Real Chromium against the real server, for tests of what a person sees. The server serves the
 * built client (`npx vite build` first) over a temporary data folder, with the demo accounts' and the
 * admin's passwords known; each person gets their own browser profile, so two people never share a
 * session, storage or connection, and signs in through the real sign-in page.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { launchChromium } from '../support/chromium.js'
import { DEFAULT_CLIENT_DIR, startServer, type RunningServer } from '../../server/server.js'

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const SCREENS_DIR = join(REPOSITORY_ROOT, '.tmp', 'screens')
export const DEMO_REVIEW_PATH = '/reviews/child-k'
export const DEMO_REPORT_PATH = '/reviews/child-k/report'
export const WAIT = { timeout: 15_000 }

export const DEMO_PASSWORD = 'demo-password-for-tests'
export const ADMIN_PASSWORD = 'admin-password-for-tests'
export const ADMIN_EMAIL = 'admin@example.org'

/** The demo accounts (see server/reviews/demo.ts) and the names others see on their carets. */
export const ACCOUNTS = {
  author: { email: 'author@example.org', name: 'Alex Morgan (independent author)' },
  panel: { email: 'panel@example.org', name: 'Priya Shah (panel)' },
  panel2: { email: 'panel2@example.org', name: 'Tom Hughes (panel)' },
  agency: { email: 'agency@example.org', name: 'Jo Evans (health IMR author)' },
  comms: { email: 'comms@example.org', name: 'Sam Clarke (communications)' },
} as const

export function assertClientBuilt(): void {
  if (!existsSync(join(DEFAULT_CLIENT_DIR, 'index.html'))) {
    throw new Error('The web client has not been built: run `npx vite build` before the browser tests.')
  }
}

/** Starts the real server with the demo review and known passwords, on `port` (0: a free one). */
export function startDemoServer(dataDir: string, port = 0): Promise<RunningServer> {
  return startServer({ port, host: '127.0.0.1', dataDir, seedDemo: true, demoPassword: DEMO_PASSWORD, adminPassword: ADMIN_PASSWORD })
}

/** The real server with the demo review, on a free port; `close` also removes its data folder. */
export async function startBrowserServer(): Promise<RunningServer> {
  assertClientBuilt()
  const dataDir = await mkdtemp(join(tmpdir(), 'overview-studio-browser-data-'))
  const server = await startDemoServer(dataDir)
  const stop = server.close.bind(server)
  return Object.assign(server, {
    async close() {
      await stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  })
}

export interface Person {
  context: BrowserContext
  page: Page
  /** Uncaught exceptions in the page: a person would meet a broken screen. */
  pageErrors: string[]
  /** The address of every WebSocket the page opened. */
  websockets: string[]
  close(): Promise<void>
}

/** A browser with a fresh profile of its own, opened on one page. */
export async function openPerson(): Promise<Person> {
  const profileDir = await mkdtemp(join(tmpdir(), 'overview-studio-browser-profile-'))
  const context = await launchChromium(profileDir)
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  const websockets: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
  page.on('websocket', (socket) => websockets.push(socket.url()))
  return {
    context,
    page,
    pageErrors,
    websockets,
    async close() {
      await context.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

/**
 * Signs in through the sign-in form, as a person would, and waits until they are signed in. Uses the
 * page's own server unless `serverUrl` is given (a fresh page is on about:blank).
 */
export async function signIn(page: Page, email: string, serverUrl?: string, password = email === ADMIN_EMAIL ? ADMIN_PASSWORD : DEMO_PASSWORD): Promise<void> {
  const origin = serverUrl ?? new URL(page.url()).origin
  if (!page.url().startsWith(`${origin}/login`)) await page.goto(`${origin}/login`)
  await page.getByLabel('Email address').fill(email)
  await page.getByLabel('Password').fill(password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('button', { name: 'Sign out' }).waitFor(WAIT)
}

/** A person in a browser of their own, signed in as `email`. */
export async function openSignedInPerson(serverUrl: string, email: string): Promise<Person> {
  const person = await openPerson()
  await signIn(person.page, email, serverUrl)
  return person
}

export interface BrowserTestSite {
  /** The server's address, once `beforeAll` has started it. */
  readonly url: string
  /** A person in a browser of their own, signed in as `email` (nobody without one); closed after the tests. */
  open(email?: string): Promise<Person>
}

/** For a `describe` block: the demo server, started before its tests and closed after them with every person it opened. */
export function browserTestSite(): BrowserTestSite {
  let server: RunningServer | undefined
  const people: Person[] = []
  beforeAll(async () => {
    server = await startBrowserServer()
  })
  afterAll(async () => {
    await Promise.all(people.map((person) => person.close()))
    await server?.close()
  })
  return {
    get url() {
      if (!server) throw new Error('The server starts in beforeAll: use the site inside a test.')
      return server.url
    },
    async open(email) {
      const person = email ? await openSignedInPerson(this.url, email) : await openPerson()
      people.push(person)
      return person
    },
  }
}

/** Makes the page's scripts run `rate` times slower, as on a slow machine, while the network keeps its speed. */
export async function slowDownScripts(person: Person, rate: number): Promise<void> {
  const session = await person.context.newCDPSession(person.page)
  await session.send('Emulation.setCPUThrottlingRate', { rate })
}

/** Opens a document (the demo report unless `path` says otherwise) and waits until the editor is live and connected. */
export async function openReport(page: Page, serverUrl: string, path = DEMO_REPORT_PATH): Promise<void> {
  await page.goto(serverUrl + path)
  await page.locator('.ProseMirror').waitFor(WAIT)
  await page.locator('[data-connection="connected"]').waitFor(WAIT)
}

/** The editor's text as written, leaving out the name labels on other people's carets. */
export async function documentText(page: Page): Promise<string> {
  return page.locator('.ProseMirror').evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
    return copy.textContent ?? ''
  })
}

/** A session for calling the API directly, as a script would: the bearer token of `email`. */
export async function apiToken(serverUrl: string, email: string): Promise<string> {
  const login = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: email === ADMIN_EMAIL ? ADMIN_PASSWORD : DEMO_PASSWORD }),
  })
  if (!login.ok) throw new Error(`Signing in ${email} for the API answered ${login.status}`)
  const { token } = (await login.json()) as { token: string }
  return token
}

/** The demo report as the HTML export serves it to its author. */
export async function fetchReportHtml(serverUrl: string): Promise<string> {
  const token = await apiToken(serverUrl, ACCOUNTS.author.email)
  const response = await fetch(`${serverUrl}/api/reviews/child-k/report.html`, { headers: { Authorization: `Bearer ${token}` } })
  if (!response.ok) throw new Error(`GET report.html answered ${response.status}`)
  return response.text()
}

/** A full-page picture in `.tmp/screens/`, for a person to look over. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENS_DIR, { recursive: true })
  const path = join(SCREENS_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
