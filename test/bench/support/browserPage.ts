/**
 * @module
 * Headless Chromium pages on the built client, each in a browser with a fresh user-data folder, and
 * the clock offset between a page and this process, to check that two pages' timestamps compare.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { passwordOf } from '../../support/accounts.js'
import { launchChromium } from '../../support/chromium.js'
import { makeTempDir } from './tempDir.js'

export interface ReportPage {
  context: BrowserContext
  page: Page
}

/**
 * Signs `email` in and opens a report page, waiting until the editor is shown and connected. The
 * sign-in goes through the API from the browser's own request context, which keeps the session cookie
 * for the page, so the figures do not depend on the sign-in page.
 */
export async function openReportPage(baseUrl: string, reportPath: string, email: string): Promise<ReportPage> {
  const context = await launchChromium(makeTempDir('bench-chromium-profile-'))
  const page = context.pages()[0] ?? (await context.newPage())
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
  })
  try {
    const signedIn = await page.request.post(`${baseUrl}/api/auth/login`, { data: { email, password: passwordOf(email) } })
    if (!signedIn.ok()) throw new Error(`signing in as ${email} answered ${signedIn.status()}`)
    await page.goto(`${baseUrl}${reportPath}`)
    await page.locator('.ProseMirror').waitFor({ timeout: 60_000 })
    await page.locator('[data-connection="connected"]').waitFor({ timeout: 60_000 })
  } catch (error) {
    const shown = (await page.locator('body').innerText().catch(() => '')).slice(0, 500)
    await context.close()
    throw new Error(`The report did not open in Chromium.\n${problems.join('\n')}\nPage text: ${shown}`, { cause: error })
  }
  return { context, page }
}

const nodeClock = () => performance.timeOrigin + performance.now()

export interface ClockOffset {
  /** Page clock minus this process's clock, in ms. */
  offsetMs: number
  /** Half the shortest round trip: the offset is known to within this. */
  uncertaintyMs: number
}

/** Estimates a page's `timeOrigin + now()` against this process's, from the fastest of several round trips. */
export async function measureClockOffset(page: Page, rounds = 25): Promise<ClockOffset> {
  let best: ClockOffset = { offsetMs: 0, uncertaintyMs: Number.POSITIVE_INFINITY }
  for (let round = 0; round < rounds; round++) {
    const sentAt = nodeClock()
    const pageTime = await page.evaluate(() => performance.timeOrigin + performance.now())
    const receivedAt = nodeClock()
    const uncertaintyMs = (receivedAt - sentAt) / 2
    if (uncertaintyMs < best.uncertaintyMs) best = { offsetMs: pageTime - (sentAt + receivedAt) / 2, uncertaintyMs }
  }
  return best
}
