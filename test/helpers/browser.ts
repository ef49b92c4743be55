/**
 * @module
 * Real Chromium against the real server, for tests of what a person sees. The server serves the
 * built client (`npx vite build` first) over a temporary data folder; each person gets their own
 * browser profile, so two people never share a name, storage or connection.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../support/chromium.js'
import { DEFAULT_CLIENT_DIR, startServer, type RunningServer } from '../../server/server.js'

const REPOSITORY_ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const SCREENS_DIR = join(REPOSITORY_ROOT, '.tmp', 'screens')
export const DEMO_REVIEW_PATH = '/reviews/child-k'
export const WAIT = { timeout: 15_000 }


/** The real server with the demo review, on a free port; `close` also removes its data folder. */
export async function startBrowserServer(): Promise<RunningServer> {
  if (!existsSync(join(DEFAULT_CLIENT_DIR, 'index.html'))) {
    throw new Error('The web client has not been built: run `npx vite build` before the browser tests.')
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'overview-studio-browser-data-'))
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir, seedDemo: true })
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
  close(): Promise<void>
}

/** A browser with a fresh profile of its own, opened on one page. */
export async function openPerson(): Promise<Person> {
  const profileDir = await mkdtemp(join(tmpdir(), 'overview-studio-browser-profile-'))
  const context = await launchChromium(profileDir)
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message))
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close()
      await rm(profileDir, { recursive: true, force: true })
    },
  }
}

/** Makes the page's scripts run `rate` times slower, as on a slow machine, while the network keeps its speed. */
export async function slowDownScripts(person: Person, rate: number): Promise<void> {
  const session = await person.context.newCDPSession(person.page)
  await session.send('Emulation.setCPUThrottlingRate', { rate })
}

/** Opens a review's report and waits until the editor is live and connected. */
export async function openReport(page: Page, serverUrl: string, path = DEMO_REVIEW_PATH): Promise<void> {
  await page.goto(serverUrl + path)
  await page.locator('.ProseMirror').waitFor(WAIT)
  await page.locator('[data-connection="connected"]').waitFor(WAIT)
}

/** Changes the name shown to others, through the side panel's form. */
export async function changeName(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name', { exact: true }).fill(name)
  await page.getByRole('button', { name: 'Change name' }).click()
}

/** The editor's text as written, leaving out the name labels on other people's carets. */
export async function documentText(page: Page): Promise<string> {
  return page.locator('.ProseMirror').evaluate((editor) => {
    const copy = editor.cloneNode(true) as HTMLElement
    for (const caret of copy.querySelectorAll('.collaboration-carets__caret')) caret.remove()
    return copy.textContent ?? ''
  })
}

/** A full-page picture in `.tmp/screens/`, for a person to look over. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENS_DIR, { recursive: true })
  const path = join(SCREENS_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}
