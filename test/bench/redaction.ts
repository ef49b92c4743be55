/**
 * @module
 * What redaction costs on a large report: a generated 150-page report (about 60,000 words, every
 * section in the executive summary) with 200 register entries and 2,000 redactions. Prints the time to
 * compose the public summary, to find what is unredacted (the editor's live detection, over the whole
 * report), and for each export format the time to render it and to leak-check it in its final form
 * (median of RUNS, default 5, after one warm-up); then the publication pack's parts that come from the
 * report (the summary as PDF and Word, the board's response with 30 actions) built, checked and zipped.
 * Run: `npx tsx test/bench/redaction.ts`
 */
import { cpus, loadavg } from 'node:os'
import { findUnredacted } from '../../shared/redaction/detection.js'
import { RegisterMatcher } from '../../shared/redaction/registerMatcher.js'
import { getReportSchema } from '../../shared/schema/index.js'
import { composeExecutiveSummary } from '../../shared/summary/executiveSummary.js'
import type { PublicSummarySource } from '../../server/export/publicSummary.js'
import { checkRenderedSummary, renderSummary, SUMMARY_FORMATS, type SummaryFormat } from '../../server/export/summaryExport.js'
import { emptyBoardResponse } from '../../shared/api/boardResponse.js'
import type { Action } from '../../shared/actionPlan/action.js'
import { boardResponsePart, summaryPart, type PackContext } from '../../server/publication/packParts.js'
import { buildPublicationPack } from '../../server/publication/publicationPack.js'
import type { StoredReview } from '../../shared/api/reviews.js'
import { generateRedactedReport } from './support/redactedReport.js'
import { formatCount, formatMs, printColumns, printTable, summarize } from './support/statistics.js'

const RUNS = Number(process.env.RUNS ?? 5)
const ROLES = { boardName: 'Northshire Safeguarding Children Board', boardChair: 'Pat Lee', panelChair: 'Sam Okafor', overviewAuthor: 'Ruth Hale', panelMembers: [] }

async function timed<T>(work: () => T): Promise<{ ms: number; result: Awaited<T> }> {
  const started = performance.now()
  const result = await work()
  return { ms: performance.now() - started, result }
}

async function medianOf<T>(work: () => T): Promise<{ median: number; result: Awaited<T> }> {
  let result = await work()
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const measured = await timed(work)
    times.push(measured.ms)
    result = measured.result
  }
  return { median: summarize(times).median, result }
}

console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
const generated = generateRedactedReport({ words: 60_000, redactions: 2_000, entities: 200 })
const report = getReportSchema().nodeFromJSON(generated.report)
const matcher = new RegisterMatcher(generated.register)
console.log(`Report: ${formatCount(generated.words)} words, ${formatCount(report.childCount)} blocks, ${formatCount(generated.redactions)} redactions, ${generated.register.length} register entries`)

const compose = await medianOf(() => composeExecutiveSummary(report, generated.register, ROLES))
const detection = await medianOf(() => findUnredacted(report, matcher))
const source: PublicSummarySource = {
  report,
  register: { entities: generated.register, invalid: [] },
  roles: ROLES,
  summary: compose.result,
  scanner: { matcher, memberNames: new RegisterMatcher([]), accepted: [] },
}
printTable('The whole report', [
  ['compose the public summary (pseudonyms)', formatMs(compose.median)],
  ['find what is unredacted (live detection, whole report)', formatMs(detection.median)],
  ['unredacted findings', formatCount(detection.result.length)],
])

const rows: string[][] = []
for (const format of Object.keys(SUMMARY_FORMATS) as SummaryFormat[]) {
  const render = await medianOf(() => renderSummary(source, format))
  const check = await medianOf(() => checkRenderedSummary(source, format, render.result))
  const size = typeof render.result === 'string' ? Buffer.byteLength(render.result) : render.result.byteLength
  rows.push([format, formatMs(render.median), formatMs(check.median), formatCount(size), String(check.result.length)])
}
printColumns(`Each export of the summary (median of ${RUNS})`, ['format', 'render', 'leak check', 'bytes', 'findings'], rows)
const actions: Action[] = Array.from({ length: 30 }, (_, index) => ({
  id: `act_bench${String(index).padStart(4, '0')}`,
  recommendationId: 'rcm_bench0001',
  change: `Practice change number ${index + 1}: every contact with a baby includes seeing the baby awake and recording daily life.`,
  leadAgencyId: 'health',
  responsibleRole: 'Named Nurse for Safeguarding Children',
  targetDate: '2027-03-31',
  status: 'on-track',
  evidenceOfImpact: '',
  nextMonitoringDate: null,
}))
const review = {
  agencies: [{ id: 'health', name: 'Community Health' }],
  boardResponse: { ...emptyBoardResponse(), acceptance: 'accepts-all', actionsTaken: 'Training for every health visitor.', impact: 'Audits show babies seen alone.', furtherActions: 'A second audit in a year.' },
} as unknown as StoredReview
const context = { review, source, actions, today: '2026-12-02' } as unknown as PackContext
const packRows: string[][] = []
for (const part of [summaryPart('pdf')(context), summaryPart('docx')(context), boardResponsePart(context)]) {
  const built = await medianOf(() => part.render())
  packRows.push([part.file, formatMs(built.median), String(built.result.findings.length)])
}
const pack = await medianOf(() => buildPublicationPack([summaryPart('pdf')(context), summaryPart('docx')(context), boardResponsePart(context)]))
packRows.push(['the three, checked and zipped', formatMs(pack.median), pack.result.ok ? `${formatCount(pack.result.zip.byteLength)} bytes` : 'refused'])
printColumns(`Publication pack parts from this report (median of ${RUNS}; the media statement, a short document, is left out)`, ['part', 'render + leak check', 'findings'], packRows)
console.log(`At the end: load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
