/**
 * @module
 * Keystroke-to-peer latency in real browsers: person A (the demo author) types into the report in one
 * headless Chromium, and we time how long each character takes to appear in person B's editor (the
 * demo panel member's) in another, through the real server (a child process serving the built
 * client). Timestamps are `performance.timeOrigin + performance.now()` in each page: at keydown in A
 * (a capture listener), and in B when a MutationObserver first sees the text with that character. Run:
 * `npx tsx test/bench/keystroke-latency.ts`.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { DEFAULT_CLIENT_DIR } from '../../server/server.js'
import { measureClockOffset, openReportPage, type ClockOffset } from './support/browserPage.js'
import { ACCOUNTS } from '../support/accounts.js'
import { REPOSITORY_ROOT, spawnServerProcess } from '../support/serverProcess.js'
import { formatMs, printTable, summarize } from './support/statistics.js'
import { makeTempDir } from './support/tempDir.js'

/** The demo review's overview report in the web client. */
const REPORT_PATH = '/reviews/child-k/report'
const KEYSTROKES = 50
const SPACING_MS = 150
/**
 * Typed first, with the caret then put back before the closing bracket, so each measured key lands
 * inside `[bench …]`: a text that is unique in the report whatever follows the caret. Also warms up both pages.
 */
const PREFIX = ' [bench '
const SUFFIX = ']'
const KEYS = 'abcdefghijklmnopqrstuvwxyz'

interface BenchWindow {
  benchKeydowns: number[]
  benchSeen: number[]
  /** The editor's text without other people's carets, whose name labels sit inside the text. */
  benchEditorText: () => string
}

/** In A: a keydown listener that runs before the editor's, recording when each key went down. */
async function recordKeydowns(page: Page): Promise<void> {
  await page.evaluate(() => {
    const bench = window as unknown as BenchWindow
    bench.benchKeydowns = []
    window.addEventListener('keydown', () => bench.benchKeydowns.push(performance.timeOrigin + performance.now()), true)
  })
}

// No named arrow functions inside page.evaluate: tsx wraps them in a `__name` helper the page lacks.
async function installEditorText(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.querySelector('.ProseMirror')
    if (!editor) throw new Error('no editor on the page')
    const withoutCarets: NodeFilter = {
      acceptNode(node) {
        return node instanceof Element && node.classList.contains('collaboration-carets__caret') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT
      },
    }
    ;(window as unknown as BenchWindow).benchEditorText = () => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, withoutCarets)
      let text = ''
      for (let node = walker.nextNode(); node; node = walker.nextNode()) if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue
      return text
    }
  })
}

/** In B: records when the editor's text first contains prefix + the first n typed keys + suffix, for each n. */
async function watchForTypedText(page: Page, prefix: string, typed: string, suffix: string): Promise<void> {
  await page.evaluate(
    ({ prefix, typed, suffix }) => {
      const bench = window as unknown as BenchWindow
      bench.benchSeen = []
      const editor = document.querySelector('.ProseMirror')
      if (!editor) throw new Error('no editor on the page')
      new MutationObserver(() => {
        const now = performance.timeOrigin + performance.now()
        const text = bench.benchEditorText()
        while (bench.benchSeen.length < typed.length && text.includes(prefix + typed.slice(0, bench.benchSeen.length + 1) + suffix)) bench.benchSeen.push(now)
      }).observe(editor, { subtree: true, childList: true, characterData: true })
    },
    { prefix, typed, suffix },
  )
}

async function placeCaretAtEndOfFirstParagraph(page: Page): Promise<void> {
  await page.locator('.ProseMirror p').filter({ hasText: /\w/ }).first().click()
  await page.keyboard.press('End')
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
const describeOffset = ({ offsetMs, uncertaintyMs }: ClockOffset) => `${offsetMs.toFixed(2)} ms (±${uncertaintyMs.toFixed(2)})`

function ensureClientBuilt(): void {
  if (existsSync(join(DEFAULT_CLIENT_DIR, 'index.html'))) return
  console.log('dist/client is missing; building it with `npx vite build`…')
  const build = spawnSync('npx', ['vite', 'build'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' })
  if (build.status !== 0) throw new Error('the client build failed')
}

async function main(): Promise<void> {
  ensureClientBuilt()
  console.log(`Node ${process.version}, ${cpus().length} cores, load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
  const server = await spawnServerProcess(makeTempDir('bench-keystroke-data-'))
  const a = await openReportPage(server.url, REPORT_PATH, ACCOUNTS.author)
  const b = await openReportPage(server.url, REPORT_PATH, ACCOUNTS.panel)
  try {
    await placeCaretAtEndOfFirstParagraph(a.page)
    await a.page.keyboard.type(PREFIX + SUFFIX, { delay: 20 })
    await a.page.keyboard.press('ArrowLeft')
    await installEditorText(b.page)
    await b.page.waitForFunction((marker) => (window as unknown as BenchWindow).benchEditorText().includes(marker), PREFIX + SUFFIX)

    const typed = Array.from({ length: KEYSTROKES }, (_, index) => KEYS[index % KEYS.length]).join('')
    await recordKeydowns(a.page)
    await watchForTypedText(b.page, PREFIX, typed, SUFFIX)
    const offsetBefore = { a: await measureClockOffset(a.page), b: await measureClockOffset(b.page) }
    for (const key of typed) {
      await a.page.keyboard.press(key)
      await sleep(SPACING_MS)
    }
    await b.page.waitForFunction((count) => (window as unknown as BenchWindow).benchSeen.length >= count, KEYSTROKES, { timeout: 10_000 })
    const offsetAfter = { a: await measureClockOffset(a.page), b: await measureClockOffset(b.page) }

    const keydowns = await a.page.evaluate(() => (window as unknown as BenchWindow).benchKeydowns)
    const seen = await b.page.evaluate(() => (window as unknown as BenchWindow).benchSeen)
    if (keydowns.length !== KEYSTROKES) throw new Error(`recorded ${keydowns.length} keydowns for ${KEYSTROKES} keystrokes`)
    const latency = summarize(seen.map((seenAt, index) => seenAt - keydowns[index]))
    printTable(`Keystroke to peer: keydown in page A -> text in page B's editor DOM (${latency.count} keystrokes, ${SPACING_MS} ms apart)`, [
      ['median', formatMs(latency.median)],
      ['p95', formatMs(latency.p95)],
      ['min', formatMs(latency.min)],
      ['max', formatMs(latency.max)],
      ['Clock of A minus this process, before / after', `${describeOffset(offsetBefore.a)} / ${describeOffset(offsetAfter.a)}`],
      ['Clock of B minus this process, before / after', `${describeOffset(offsetBefore.b)} / ${describeOffset(offsetAfter.b)}`],
    ])
  } finally {
    await a.context.close()
    await b.context.close()
    await server.stop()
  }
}

await main()
process.exit(0)
