/**
 * Every page of the client, checked with axe against WCAG 2.2 AA as a person would reach it in
 * Chromium, with a full-page screenshot of each in `.tmp/screens/` for a person to look over.
 */
import { AxeBuilder } from '@axe-core/playwright'
import type { Result } from 'axe-core'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningServer } from '../../server/server.js'
import {
  changeName,
  DEMO_REVIEW_PATH,
  openPerson,
  openReport,
  saveScreenshot,
  startBrowserServer,
  WAIT,
  type Person,
} from '../helpers/browser.js'

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

function describeViolations(violations: Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ')}`)
      return `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.helpUrl}\n${nodes.join('\n')}`
    })
    .join('\n\n')
}

async function expectNoViolations(page: Page): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  expect(violations.length, `axe found problems on ${page.url()}:\n\n${describeViolations(violations)}`).toBe(0)
}

interface PageCase {
  name: string
  path: string
  /** Waits until the page shows what a person came for, not a loading message. */
  ready(page: Page): Promise<void>
}

describe('accessibility of every page', () => {
  let server: RunningServer
  let person: Person

  beforeAll(async () => {
    server = await startBrowserServer()
    person = await openPerson()
  })

  afterAll(async () => {
    await person?.close()
    await server?.close()
  })

  const pages: PageCase[] = [
    {
      name: 'reviews',
      path: '/',
      ready: (page) => page.getByRole('link', { name: 'Open overview report for Child K' }).waitFor(WAIT),
    },
    {
      name: 'report',
      path: DEMO_REVIEW_PATH,
      ready: async (page) => {
        await page.locator('.ProseMirror').waitFor(WAIT)
        await page.locator('[data-connection="connected"]').waitFor(WAIT)
      },
    },
    {
      name: 'not-found',
      path: '/nope',
      ready: (page) => page.getByRole('heading', { name: 'Page not found' }).waitFor(WAIT),
    },
    {
      name: 'review-not-found',
      path: '/reviews/does-not-exist',
      ready: (page) => page.getByRole('heading', { name: 'This review could not be opened' }).waitFor(WAIT),
    },
  ]

  it.each(pages)('$path has no WCAG 2.2 AA problems axe can find', async ({ name, path, ready }) => {
    await person.page.goto(server.url + path)
    await ready(person.page)
    await saveScreenshot(person.page, name)
    await expectNoViolations(person.page)
  })

  it('the report has none while someone else is editing it, caret label included', async () => {
    const other = await openPerson()
    try {
      await openReport(person.page, server.url)
      await openReport(other.page, server.url)
      await changeName(other.page, 'Priya Practitioner')
      await other.page.locator('.ProseMirror p', { hasText: 'The criteria for a Serious Case Review' }).click()
      await other.page.keyboard.press('End')
      await other.page.keyboard.type(' A sentence from a colleague.')
      await person.page.locator('.collaboration-carets__label', { hasText: 'Priya Practitioner' }).waitFor(WAIT)
      await person.page.getByRole('region', { name: 'Also editing' }).getByText('Priya Practitioner').waitFor(WAIT)
      await saveScreenshot(person.page, 'report-with-colleague')
      await expectNoViolations(person.page)
    } finally {
      await other.close()
    }
  })

  it('raises no uncaught errors on any page', () => {
    expect(person.pageErrors).toEqual([])
  })
})
