/**
 * @module
 * What the merged chronology costs with 5,000 entries from 12 agencies over three years (generated from
 * a fixed seed: realistic event texts of 12 to 90 words, some month-only and approximate dates, some
 * events recorded by two agencies). Prints the median and p95 of `RUNS` (20) runs, after a warm-up, of
 * the pure logic: parsing the API's answer, merging, likely duplicates (on the page, in a Web Worker),
 * counts, gaps, the table's rows, and each of seven filter changes. Then, unless `BROWSER=0`, renders
 * the page in headless Chromium: a bundle of the page alone (built with Vite into `node_modules/.cache`),
 * served with its API answers from the script through Playwright's routing, so that only the client is
 * measured. It prints the first show (the chronology answer received to the first row painted, by
 * Element Timing; of which the browser's reading of the body (about 3 MB), before any of the page's code runs),
 * the first duplicate flagged, "Apply filters" and "Show more" to the next frame and to the page idle,
 * and checks that a duplicate's link focuses its pair's row. `ENTRIES` changes the size; `PROFILE=1`
 * builds unminified and prints, for the first show, a filter change and "Show more", the main thread's
 * longest tasks, its time by kind of work (a Chromium trace) and the JS functions that took most.
 * Run: `npx tsx test/bench/chronology.ts`
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { extname, join } from 'node:path'
import { MergedChronologySourceSchema, type MergedChronologyEntry, type MergedChronologySource } from '../../shared/api/imrs.js'
import { notYetPublished } from '../../shared/api/publication.js'
import type { Review } from '../../shared/api/reviews.js'
import { ReviewSchema } from '../../shared/api/reviews.js'
import { countByAgency, countByPeriod } from '../../shared/chronology/counts.js'
import { findLikelyDuplicates } from '../../shared/chronology/duplicates.js'
import { filterTimeline, NO_FILTER, type ChronologyFilter } from '../../shared/chronology/filters.js'
import { findContactGaps } from '../../shared/chronology/gaps.js'
import { mergeChronology } from '../../shared/chronology/timeline.js'
import { viewChronology } from '../../shared/chronology/view.js'
import { firstRows, ROWS_PER_PAGE, timelineRows } from '../../client/chronology/timelineRows.js'
import type { ChronologyDate } from '../../shared/imr/chronologyDate.js'
import { NO_FLAGS } from '../../shared/imr/chronologyEntry.js'
import { mergedEntryOf } from '../../server/imr/imrViews.js'
import type { Page } from 'playwright-core'
import { launchChromium } from '../support/chromium.js'
import { REPOSITORY_ROOT } from '../support/serverProcess.js'
import { formatCount, formatMs, printColumns, printTable, summarize } from './support/statistics.js'
import { makeTempDir } from './support/tempDir.js'

const RUNS = Number(process.env.RUNS ?? 20)
const ENTRIES = Number(process.env.ENTRIES ?? 5_000)
/** `PROFILE=1`: an unminified bundle, and where the main thread's time goes in each step (a Chromium trace and a CPU profile). */
const PROFILE = process.env.PROFILE === '1'
/** From 4 January 2010 to the end of December 2012: 36 calendar months, counted by month. */
const DAYS = 1_088
const START = Date.UTC(2010, 0, 4)

const AGENCIES = [
  'Children’s Social Care', 'Police', 'Health Visiting', 'GP Practice', 'Acute Hospital Trust', 'Ambulance Service',
  'Northfield Primary School', 'Early Years Nursery', 'Housing Association', 'Probation Service', 'Adult Mental Health', 'Substance Misuse Service',
].map((name, index) => ({ id: `agency-${index + 1}`, name, status: index === 11 ? ('requested' as const) : ('received' as const) }))

const DOMAIN_WORDS = (
  'home visit mother father partner child sibling baby school nurse teacher social worker health visitor police officer referral concern ' +
  'bruise injury weight appointment missed attended strategy meeting section enquiry plan core group conference neglect domestic abuse incident ' +
  'telephone call letter assessment hospital emergency department midwife housing arrears tenancy drug alcohol support service review ' +
  'discussed agreed noted reported observed explained refused declined unkempt hungry tired quiet withdrawn distressed happy playing cot room kitchen'
).split(' ')
const COMMON = 'the a and of to was in with at for by on that her his their she he it'.split(' ')
const SYLLABLES = 'ba ri to me lan sor vi ke du pa ne mo li sa tu fe ro gan dil wen'.split(' ')

/** Mulberry32: a small seeded generator, so every run sees the same chronology. */
function seeded(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

function generateSource(count: number): { source: MergedChronologySource; planted: number } {
  const random = seeded(20120403)
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  // A vocabulary of a few thousand words used unevenly, as in real records: a few often, most rarely.
  const vocabulary = [...DOMAIN_WORDS, ...Array.from({ length: 3_000 }, () => Array.from({ length: 2 + Math.floor(random() * 3) }, () => pick(SYLLABLES)).join(''))]
  const word = () => (random() < 0.35 ? pick(COMMON) : vocabulary[Math.floor(vocabulary.length * random() ** 2.5)])
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 79) }, word)
    return `${words.join(' ')}.`.replace(/^./, (first) => first.toUpperCase())
  }
  // Stretches in which no agency saw the child, as a real chronology has.
  const unseenStretches = [[120, 170], [400, 474], [800, 835]]
  const isoOf = (day: number) => new Date(START + day * 86_400_000).toISOString().slice(0, 10)
  const entries: MergedChronologyEntry[] = []
  let planted = 0
  for (let index = 0; index < count; index++) {
    const id = `ent_${index.toString(36).padStart(6, '0')}`
    const original = index > 10 && random() < 0.03 ? pick(entries) : null
    const agency = original ? pick(AGENCIES.filter((candidate) => candidate.id !== original.agencyId)) : pick(AGENCIES.slice(0, 11))
    const day = Math.floor(random() * DAYS)
    const roll = random()
    let date: ChronologyDate = roll < 0.05 ? { precision: 'month', month: isoOf(day).slice(0, 7) } : roll < 0.08 ? { precision: 'approximate', date: isoOf(day) } : { precision: 'day', date: isoOf(day) }
    let event = sentence()
    if (original && original.date.precision === 'day') {
      // The same event told by another agency: the same day or the next, one word changed.
      planted += 1
      const next = Date.parse(original.date.date) + (random() < 0.5 ? 0 : 86_400_000)
      date = { precision: 'day', date: new Date(next).toISOString().slice(0, 10) }
      const words = original.event.split(' ')
      words[Math.floor(random() * words.length)] = word()
      event = words.join(' ')
    }
    const seen = random() < 0.35 && !unseenStretches.some(([from, to]) => day >= from && day <= to)
    // Made whole, as the IMR holds it (impact and action taken included), then cut down as the server sends it.
    const stored = {
      id,
      date,
      time: date.precision === 'day' && random() < 0.45 ? `${String(8 + Math.floor(random() * 11)).padStart(2, '0')}:${String(Math.floor(random() * 60)).padStart(2, '0')}` : null,
      practitionerRole: pick(['Social worker', 'Health visitor', 'Police constable', 'Class teacher', 'GP', 'Housing officer', 'Paramedic']),
      event,
      source: `${pick(['Case record', 'Incident log', 'Clinical notes', 'School file'])} ${Math.floor(random() * 9000) + 1000}`,
      impact: random() < 0.5 ? sentence() : '',
      actionTaken: random() < 0.5 ? sentence() : '',
      flags: {
        ...NO_FLAGS,
        childSeen: seen,
        childSeenAlone: seen && random() < 0.4,
        childSpokenTo: seen && random() < 0.5,
        wishesAndFeelingsRecorded: seen && random() < 0.1,
        accessPreventedByCarer: random() < 0.03,
        thirdPartyConcern: random() < 0.08,
      },
      revision: 1,
      updatedAt: '2013-02-01T09:00:00.000Z',
    }
    entries.push(mergedEntryOf(stored, agency.id))
  }
  return { source: { agencies: AGENCIES, entries, revision: 'bench-1' }, planted }
}

function measure<T>(work: () => T): { median: number; p95: number; result: T } {
  let result = work()
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now()
    result = work()
    times.push(performance.now() - started)
  }
  const summary = summarize(times)
  return { median: summary.median, p95: summary.p95, result }
}

const FILTERS: Array<[string, ChronologyFilter]> = [
  ['no filter', NO_FILTER],
  ['one agency', { ...NO_FILTER, agencyIds: ['agency-2'] }],
  ['four agencies', { ...NO_FILTER, agencyIds: ['agency-1', 'agency-3', 'agency-5', 'agency-7'] }],
  ['one year', { ...NO_FILTER, from: '2011-01-01', to: '2011-12-31' }],
  ['one month', { ...NO_FILTER, from: '2011-06-01', to: '2011-06-30' }],
  ['child seen and spoken to', { ...NO_FILTER, flags: ['childSeen', 'childSpokenTo'] }],
  ['all three', { agencyIds: ['agency-1', 'agency-3'], from: '2010-06-01', to: '2012-05-31', flags: ['childSeen'] }],
]

console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
const { source, planted } = generateSource(ENTRIES)
const json = JSON.stringify(source)
const textChars = source.entries.reduce((sum, entry) => sum + entry.event.length, 0)
console.log(
  `Chronology: ${formatCount(source.entries.length)} entries from ${AGENCIES.length} agencies over ${DAYS} days, ${formatCount(json.length)} bytes of JSON, ` +
    `events of ${Math.round(textChars / source.entries.length)} characters on average, ${planted} events planted twice`,
)

const parse = measure(() => MergedChronologySourceSchema.parse(JSON.parse(json)))
const merge = measure(() => mergeChronology(source))
const timeline = merge.result
const counts = measure(() => [countByAgency(timeline.entries, timeline.agencies), countByPeriod(timeline.entries)] as const)
const gaps = measure(() => findContactGaps(timeline.entries))
const duplicates = measure(() => findLikelyDuplicates(timeline.entries))
const view = measure(() => viewChronology(timeline, NO_FILTER))
const rows = measure(() => firstRows(timelineRows(view.result.shown, view.result.gaps), ROWS_PER_PAGE))
const fmt = (figure: { median: number; p95: number }) => `${formatMs(figure.median)} / ${formatMs(figure.p95)}`
printTable(`Once per answer from the server (median / p95 of ${RUNS})`, [
  ['parse the JSON and check it with zod', fmt(parse)],
  ['merge and sort', fmt(merge)],
  [`likely duplicates (${duplicates.result.length} pairs; on the page, in a Web Worker)`, fmt(duplicates)],
])
printTable(`On every filter change, all entries (median / p95 of ${RUNS})`, [
  [`counts: per agency, and per ${view.result.periodLength} (${counts.result[1].length} rows)`, fmt(counts)],
  [`gaps over 28 days (${gaps.result.length})`, fmt(gaps)],
  ['the whole view: filter, counts, gaps', fmt(view)],
  [`the table's first ${ROWS_PER_PAGE} entries with gap rows`, fmt(rows)],
])
printColumns(
  `Each filter change: filter alone, and the whole view (median / p95 of ${RUNS})`,
  ['filter', 'entries', 'filter', 'view'],
  FILTERS.map(([label, filter]) => {
    const filtered = measure(() => filterTimeline(timeline.entries, filter))
    const whole = measure(() => viewChronology(timeline, filter))
    return [label, formatCount(filtered.result.length), fmt(filtered), fmt(whole)]
  }),
)

if (process.env.BROWSER !== '0') await benchBrowser(source)
console.log(`At the end: load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)

async function benchBrowser(chronology: MergedChronologySource): Promise<void> {
  const { build } = await import('vite')
  const { default: react } = await import('@vitejs/plugin-react')
  // Inside the repository, so that the page's imports of React and GOV.UK Frontend resolve; removed at exit.
  const root = join(REPOSITORY_ROOT, 'node_modules', '.cache', `bench-chronology-${process.pid}`)
  mkdirSync(root, { recursive: true })
  if (PROFILE) console.log(`The unminified bundle stays in ${root}`)
  else process.once('exit', () => rmSync(root, { recursive: true, force: true }))
  writeFileSync(join(root, 'index.html'), '<!doctype html><html lang="en" class="govuk-template"><body class="govuk-template__body"><div class="govuk-width-container"><main class="govuk-main-wrapper" id="root"></main></div><script type="module" src="./entry.tsx"></script></body></html>')
  writeFileSync(
    join(root, 'entry.tsx'),
    [
      `import { createRoot } from 'react-dom/client'`,
      `import { MergedChronologyPage } from '${join(REPOSITORY_ROOT, 'client/chronology/MergedChronologyPage.tsx')}'`,
      `import '${join(REPOSITORY_ROOT, 'client/styles/main.scss')}'`,
      `document.body.classList.add('js-enabled', 'govuk-frontend-supported')`,
      `createRoot(document.getElementById('root')!).render(<MergedChronologyPage reviewId="bench" />)`,
    ].join('\n'),
  )
  const outDir = join(root, 'dist')
  const builtAt = performance.now()
  await build({ configFile: false, root, logLevel: 'warn', plugins: [react()], build: { outDir, emptyOutDir: true, minify: !PROFILE } })
  console.log(`\nBuilt the page's bundle in ${formatMs(performance.now() - builtAt)}`)

  const review: Review = ReviewSchema.parse({
    id: 'bench', title: 'Child B', kind: 'serious-case-review', status: 'with-panel', agencies: AGENCIES.map(({ id, name }) => ({ id, name })),
    dates: { notification: null, decision: null, panelFirstMeeting: null }, createdAt: '2013-01-01T00:00:00.000Z', role: 'panel', agencyId: null,
    capabilities: ['review.read', 'report.read', 'report.edit', 'imr.read', 'members.read'], documents: {}, documentList: [],
    publication: notYetPublished(), actionPlan: null,
  })
  const chronologyBody = JSON.stringify(chronology)
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' }
  const context = await launchChromium(makeTempDir('bench-chromium-profile-'), { viewport: { width: 1280, height: 900 } })
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const problems: string[] = []
    page.on('pageerror', (error) => problems.push(error.message))
    let notModified = 0
    await page.route('http://bench.invalid/**', async (route) => {
      const path = new URL(route.request().url()).pathname
      if (path === '/api/reviews/bench') return route.fulfill({ contentType: 'application/json', body: JSON.stringify(review) })
      if (path === '/api/reviews/bench/chronology') {
        if (route.request().headers()['if-none-match'] === `"${chronology.revision}"`) {
          notModified += 1
          return route.fulfill({ status: 304 })
        }
        return route.fulfill({ contentType: 'application/json', headers: { ETag: `"${chronology.revision}"` }, body: chronologyBody })
      }
      const file = path === '/' ? 'index.html' : path.slice(1)
      try {
        return route.fulfill({ contentType: types[extname(file)] ?? 'application/octet-stream', body: readFileSync(join(outDir, file)) })
      } catch {
        return route.fulfill({ status: 404, body: '' })
      }
    })

    // Marks, as the page runs: when the first row's text is painted (Element Timing), and when the first duplicate is flagged.
    await page.addInitScript(() => {
      const marks: Record<string, number> = {}
      ;(window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks
      // The page's reading of the answer, timed: `json()` is `text()` then `JSON.parse`, as in the browser.
      const json = Response.prototype.json
      Response.prototype.json = async function (this: Response) {
        if (!this.url.endsWith('/chronology')) return json.call(this)
        const text = await this.text()
        marks.read = performance.now()
        return JSON.parse(text) as unknown
      }
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as Array<PerformanceEntry & { renderTime: number }>) marks.painted ??= entry.renderTime || entry.startTime
      }).observe({ type: 'element', buffered: true })
      new MutationObserver((_, observer) => {
        const cell = document.querySelector('.app-chronology tbody tr td:nth-child(3)')
        if (cell && !cell.hasAttribute('elementtiming')) cell.setAttribute('elementtiming', 'first-row')
        if (document.querySelector('.app-chronology__duplicate')) {
          marks.duplicates = performance.now()
          observer.disconnect()
        }
      }).observe(document, { childList: true, subtree: true })
    })
    const loads: number[] = []
    const renders: number[] = []
    const flagged: number[] = []
    const bodies: number[] = []
    for (let run = 0; run < 1 + Math.min(RUNS, 8); run++) {
      await page.goto('http://bench.invalid/')
      await page.waitForFunction(() => {
        const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks
        return marks.painted !== undefined && marks.duplicates !== undefined
      }, undefined, { timeout: 60_000 })
      const marks = await page.evaluate(() => ({
        ...(window as unknown as { benchMarks: { painted: number; duplicates: number; read: number } }).benchMarks,
        answered: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find((entry) => entry.name.endsWith('/chronology'))?.responseEnd ?? Number.NaN,
      }))
      if (run > 0) {
        loads.push(marks.painted)
        renders.push(marks.painted - marks.answered)
        flagged.push(marks.duplicates - marks.answered)
        bodies.push(marks.read - marks.answered)
      }
    }
    const rowCount = await page.locator('.app-chronology tbody tr').count()
    // The last duplicate's link on the first page, whose pair may lie beyond it: the page shows that row and focuses it.
    const pairLink = page.locator('.app-chronology__duplicate a').last()
    const pairRowId = (await pairLink.getAttribute('href'))!.slice(1)
    await pairLink.click()
    await page.waitForFunction((id) => document.activeElement?.id === id && document.activeElement.classList.contains('app-chronology__row--duplicate'), pairRowId, { timeout: 10_000 })

    // From a click to the next frame after React has committed, and to the page idle again (every row of the page rendered).
    const clickToFrame = (selector: string) =>
      page.evaluate(
        (target) =>
          new Promise<[number, number]>((resolve) => {
            const started = performance.now()
            ;(document.querySelector(target) as HTMLElement).click()
            requestAnimationFrame(() =>
              setTimeout(() => {
                const framed = performance.now() - started
                requestIdleCallback(() => resolve([framed, performance.now() - started]))
              }, 0),
            )
          }),
        selector,
      )
    const filterTimes: number[] = []
    const filterIdle: number[] = []
    const agencyBoxes = await page.locator('#chronology-filters-heading ~ form input[name="chronology-agencies"]').count()
    const applyFilters = async () => {
      const [framed, idle] = await clickToFrame('.app-chronology-filters button[type="submit"]')
      filterTimes.push(framed)
      filterIdle.push(idle)
    }
    for (let run = 0; run < RUNS; run++) {
      await page.locator('input[name="chronology-agencies"]').nth(run % agencyBoxes).check()
      await applyFilters()
      await page.locator('input[name="chronology-agencies"]').nth(run % agencyBoxes).uncheck()
      await applyFilters()
    }
    const showMoreTimes: number[] = []
    const showMoreIdle: number[] = []
    for (let run = 0; run < Math.min(RUNS, 10); run++) {
      const [framed, idle] = await clickToFrame('.app-chronology + button, .app-table-scroll + button')
      showMoreTimes.push(framed)
      showMoreIdle.push(idle)
    }
    const rowsAfter = await page.locator('.app-chronology tbody tr').count()
    if (PROFILE) {
      await profileStep(page, 'the first show', async () => {
        await page.goto('http://bench.invalid/')
        await page.locator('.app-chronology tbody tr').first().waitFor({ timeout: 60_000 })
        await page.waitForTimeout(1_500)
      })
      await page.locator('input[name="chronology-agencies"]').first().check()
      await profileStep(page, '"Apply filters"', () => clickToFrame('.app-chronology-filters button[type="submit"]'))
      await profileStep(page, '"Show more"', () => clickToFrame('.app-chronology + button, .app-table-scroll + button'))
    }
    const focusAt = performance.now()
    await page.evaluate(() => window.dispatchEvent(new Event('focus')))
    await page.waitForTimeout(200)
    if (problems.length > 0) console.log(`Page errors: ${problems.join('; ')}`)
    const row = (label: string, values: number[]) => {
      const summary = summarize(values)
      return [label, String(summary.count), formatMs(summary.median), formatMs(summary.p95)]
    }
    printColumns('The page in headless Chromium (the page alone, API answers from the script)', ['step', 'runs', 'median', 'p95'], [
      row(`navigation to the timeline painted (incl. ${(chronologyBody.length / 1e6).toFixed(1)} MB through Playwright routing)`, loads),
      row('  of which: chronology answer received to the timeline painted', renders),
      row('    of which: its body read as text by the browser', bodies),
      row('chronology answer received to the first duplicate flagged', flagged),
      row('"Apply filters" (one agency ticked or unticked) to the next frame', filterTimes),
      row('  and to the page idle, every row of the page rendered', filterIdle),
      row(`"Show more" (+${ROWS_PER_PAGE} rows) to the next frame`, showMoreTimes),
      row('  and to the page idle, every row of the page rendered', showMoreIdle),
    ])
    console.log(`A duplicate's link focused its pair's row (#${pairRowId}), itself flagged.`)
    console.log(`Rows in the table: ${rowCount} at first, ${rowsAfter} after ${showMoreTimes.length} × "Show more"; focus refresh answered 304 ${notModified} time(s) (${formatMs(performance.now() - focusAt)} incl. a 200 ms wait)`)
  } finally {
    await context.close()
  }
}

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  pid: number
  tid: number
  args?: { name?: string }
}
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number } }>
  samples: number[]
  timeDeltas: number[]
}

/** Runs `step` under a Chromium trace and a CPU profile, and prints the main thread's time by kind of work and the JS functions that took most. */
async function profileStep(page: Page, label: string, step: () => Promise<unknown>): Promise<void> {
  const session = await page.context().newCDPSession(page)
  const events: TraceEvent[] = []
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])))
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()))
  await session.send('Profiler.enable')
  await session.send('Profiler.setSamplingInterval', { interval: 200 })
  await session.send('Tracing.start', { categories: 'devtools.timeline,v8,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' })
  await session.send('Profiler.start')
  await step()
  const { profile } = (await session.send('Profiler.stop')) as { profile: CpuProfile }
  await session.send('Tracing.end')
  await complete
  await session.detach()

  const main = events.find((event) => event.ph === 'M' && event.args?.name === 'CrRendererMain' && events.some((other) => other.pid === event.pid && other.name === 'FunctionCall'))
  const slices = events.filter((event) => main && event.pid === main.pid && event.tid === main.tid && event.ph === 'X' && event.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!)
  // Self time of each slice: its length less its children's.
  const selfByName = new Map<string, number>()
  const open: TraceEvent[] = []
  for (const slice of slices) {
    while (open.length > 0 && open[open.length - 1].ts + open[open.length - 1].dur! <= slice.ts) open.pop()
    const parent = open[open.length - 1]
    if (parent) selfByName.set(parent.name, (selfByName.get(parent.name) ?? 0) - slice.dur!)
    selfByName.set(slice.name, (selfByName.get(slice.name) ?? 0) + slice.dur!)
    open.push(slice)
  }
  const tasks = slices.filter((slice) => slice.name === 'RunTask')
  const busy = tasks.reduce((sum, task) => sum + task.dur!, 0) / 1000
  const longest = tasks.reduce((most, task) => Math.max(most, task.dur!), 0) / 1000
  // The longest tasks, each with what took most of it.
  for (const task of [...tasks].sort((a, b) => b.dur! - a.dur!).slice(0, 6)) {
    const inside = slices.filter((slice) => slice !== task && slice.ts >= task.ts && slice.ts + slice.dur! <= task.ts + task.dur! && slice.dur! > 2000)
    console.log(`  task of ${formatMs(task.dur! / 1000)} ${JSON.stringify(task.args ?? {}).slice(0, 160)}: ${inside.slice(0, 8).map((slice) => `${slice.name} ${formatMs(slice.dur! / 1000)}`).join(', ')}`)
  }
  const byKind = [...selfByName].filter(([, us]) => us > 1000).sort((a, b) => b[1] - a[1]).slice(0, 12)
  printColumns(`Profile of ${label}: main thread busy ${formatMs(busy)}, longest task ${formatMs(longest)}`, ['kind of work (self time)', 'ms'], byKind.map(([name, us]) => [name, formatMs(us / 1000)]))

  const selfByFunction = new Map<string, number>()
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]))
  profile.samples.forEach((id, index) => {
    const { functionName, url, lineNumber } = nodes.get(id)!.callFrame
    const key = `${functionName || '(anonymous)'} ${url ? `${url.split('/').pop()}:${lineNumber + 1}` : ''}`.trim()
    selfByFunction.set(key, (selfByFunction.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0))
  })
  const byFunction = [...selfByFunction].filter(([key]) => key !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, 15)
  printColumns(`JS functions of ${label} (self time)`, ['function', 'ms'], byFunction.map(([key, us]) => [key, formatMs(us / 1000)]))
}
