/**
 * @module
 * The IMR routes at the scale, through the server as `npm start` runs it: a review with 12
 * agencies, each agency's IMR author importing a CSV chronology, 5,000 entries in all; then the merged
 * chronology's source as the independent author reads it (full answer, and the 304 the page's
 * refreshes get), one agency's CSV export, and changing one entry while the review holds 5,000
 * (each change rewrites that review's IMR file). Median and p95 of RUNS (default 15).
 * Run: `npx tsx test/bench/imr-server.ts`
 */
import { cpus, loadavg } from 'node:os'
import { ACCOUNTS, signIn } from '../support/accounts.js'
import { buildServerBundle, spawnServerProcess } from '../support/serverProcess.js'
import { callApi } from './support/benchApi.js'
import { makeTempDir } from './support/tempDir.js'
import { formatBytes, formatCount, formatMs, printTable, summarize } from './support/statistics.js'

const RUNS = Number(process.env.RUNS ?? 15)
const AGENCIES = 12
const ENTRIES = 5_000
const REVIEW = 'bench-imrs'
const ROLES = ['Health Visitor', 'Social Worker', 'Police Constable', 'GP', 'Class Teacher', 'School Nurse', 'Housing Officer', 'Midwife']
const WORDS = 'home visit child seen mother partner concern referral bruise school attendance missed appointment weight nursery neighbour police call record plan meeting strategy discussion'.split(' ')

let seed = 42
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
const sentence = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(' ')
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`

function chronologyCsv(rows: number): string {
  const lines = ['date,time,practitioner_role,event,source,impact,action_taken,child_seen,child_spoken_to']
  for (let row = 0; row < rows; row++) {
    const day = new Date(Date.UTC(2022, 0, 1) + Math.floor(random() * 3 * 365) * 86_400_000)
    const date = `${String(day.getUTCDate()).padStart(2, '0')}/${String(day.getUTCMonth() + 1).padStart(2, '0')}/${day.getUTCFullYear()}`
    const certainty = random()
    const dateText = certainty < 0.1 ? date.slice(3) : certainty < 0.2 ? `about ${date}` : date
    const seen = random() < 0.4
    lines.push(
      [dateText, random() < 0.5 ? '10:30' : '', pick(ROLES), csvCell(`${sentence(30)}.`), 'Agency case record', csvCell(sentence(8)), csvCell(sentence(6)), seen ? 'yes' : 'no', seen && random() < 0.5 ? 'yes' : 'no'].join(','),
    )
  }
  return `${lines.join('\n')}\n`
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now()
  await work()
  return performance.now() - started
}

async function repeated(work: () => Promise<unknown>): Promise<string> {
  await work()
  const times: number[] = []
  for (let run = 0; run < RUNS; run++) times.push(await timed(work))
  const summary = summarize(times)
  return `${formatMs(summary.median)} (p95 ${formatMs(summary.p95)})`
}

async function fetchOk(url: string, init: RequestInit, expected = 200): Promise<Response> {
  const response = await fetch(url, init)
  if (response.status !== expected) throw new Error(`${init.method ?? 'GET'} ${url} answered ${response.status}: ${await response.text()}`)
  return response
}

console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
buildServerBundle()
const server = await spawnServerProcess(makeTempDir('bench-imr-data-'), { bundled: true })
try {
  const admin = await signIn(server.url, ACCOUNTS.admin)
  const agencies = Array.from({ length: AGENCIES }, (_, index) => ({ id: `agency-${index + 1}`, name: `Agency ${index + 1}` }))
  await callApi(server.url, admin, 'POST', '/api/reviews', { id: REVIEW, title: 'IMR benchmark', kind: 'serious-case-review', agencies })
  await callApi(server.url, admin, 'POST', `/api/reviews/${REVIEW}/members`, { email: ACCOUNTS.author, role: 'author' })

  const importTimes: number[] = []
  let firstAgencyToken = ''
  for (const [index, agency] of agencies.entries()) {
    const email = `imr-author-${index + 1}@example.org`
    const created = (await callApi(server.url, admin, 'POST', '/api/users', { email, name: `IMR author ${index + 1}` })) as { password: string }
    await callApi(server.url, admin, 'POST', `/api/reviews/${REVIEW}/members`, { email, role: 'agency', agencyId: agency.id })
    const token = await signIn(server.url, email, created.password)
    if (index === 0) firstAgencyToken = token
    const rows = Math.floor(ENTRIES / AGENCIES) + (index < ENTRIES % AGENCIES ? 1 : 0)
    const body = chronologyCsv(rows)
    importTimes.push(
      await timed(() =>
        fetchOk(`${server.url}/api/reviews/${REVIEW}/imrs/${agency.id}/chronology/import?mode=replace`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'text/csv' },
          body,
        }),
      ),
    )
  }
  const imports = summarize(importTimes)

  const author = await signIn(server.url, ACCOUNTS.author)
  const merged = await fetchOk(`${server.url}/api/reviews/${REVIEW}/chronology`, { headers: { Authorization: `Bearer ${author}` } })
  const etag = merged.headers.get('etag') ?? ''
  const mergedBody = (await merged.json()) as { entries: unknown[] }
  const mergedBytes = Buffer.byteLength(JSON.stringify(mergedBody))

  const fullRead = await repeated(async () => (await fetchOk(`${server.url}/api/reviews/${REVIEW}/chronology`, { headers: { Authorization: `Bearer ${author}` } })).arrayBuffer())
  const notModified = await repeated(() => fetchOk(`${server.url}/api/reviews/${REVIEW}/chronology`, { headers: { Authorization: `Bearer ${author}`, 'If-None-Match': etag } }, 304))
  const csvExport = await repeated(async () => (await fetchOk(`${server.url}/api/reviews/${REVIEW}/imrs/agency-1/chronology.csv`, { headers: { Authorization: `Bearer ${author}` } })).arrayBuffer())

  const imr = (await callApi(server.url, firstAgencyToken, 'GET', `/api/reviews/${REVIEW}/imrs/agency-1`)) as { entries: Array<{ id: string; revision: number; [field: string]: unknown }> }
  const entry = imr.entries[0]
  let revision = entry.revision
  const fields = { date: entry.date, time: entry.time, practitionerRole: entry.practitionerRole, event: entry.event, source: entry.source, impact: entry.impact, actionTaken: entry.actionTaken, flags: entry.flags }
  const change = await repeated(async () => {
    const changed = (await callApi(server.url, firstAgencyToken, 'PUT', `/api/reviews/${REVIEW}/imrs/agency-1/entries/${entry.id}`, {
      revision,
      fields: { ...fields, impact: `Changed ${revision}` },
    })) as { revision: number }
    revision = changed.revision
  })

  printTable(`IMRs at scale: ${formatCount(mergedBody.entries.length)} entries from ${AGENCIES} agencies, through the server (${RUNS} runs each)`, [
    ['import one agency’s CSV (~417 rows), all or nothing', `median ${formatMs(imports.median)}, slowest ${formatMs(imports.max)} (the last into a review already holding the others)`],
    ['merged chronology source, full answer', `${fullRead}; ${formatBytes(mergedBytes)} of JSON`],
    ['merged chronology source, unchanged (304)', notModified],
    ['one agency’s chronology as CSV', csvExport],
    ['change one entry (review holds all entries)', change],
    ['load average after', loadavg().map((load) => load.toFixed(2)).join(' ')],
  ])
} finally {
  await server.stop()
}
