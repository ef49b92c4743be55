/**
 * @module
 * What a keystroke costs the comments plugin on a large report: a generated 150-page report (about
 * 75,000 words) with 200 comment threads (some nested in others, some resolved), typed into one
 * character per transaction at random places (`KEYSTROKES`, 300) and inside commented text. Prints the
 * median and p95 of the plugin's state update per keystroke: a walk of the whole report (as before)
 * and the update that walks only the textblock typed in.
 * Run: `npx tsx test/bench/comments.ts`
 */
import { cpus, loadavg } from 'node:os'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { nextCommentsState, scanCommentsState, type CommentsLook, type CommentsState } from '../../client/comments/commentsState.js'
import type { CommentThread } from '../../shared/comments/threads.js'
import { getReportSchema } from '../../shared/schema/index.js'
import { seededRandom } from './support/generatedReport.js'
import { generateRedactedReport } from './support/redactedReport.js'
import { formatCount, formatMs, printColumns, summarize } from './support/statistics.js'

const KEYSTROKES = Number(process.env.KEYSTROKES ?? 300)
const THREADS = 200
const random = seededRandom(200)
const integer = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))

console.log(`Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
const schema = getReportSchema()
const generated = generateRedactedReport({ words: 75_000, redactions: 1_000, entities: 100 })
let editor = EditorState.create({ schema, doc: schema.nodeFromJSON(generated.report) })

const textblocks: Array<{ start: number; end: number }> = []
editor.doc.descendants((node, pos) => {
  if (node.isTextblock && node.content.size > 20) textblocks.push({ start: pos + 1, end: pos + 1 + node.content.size })
  return !node.isTextblock
})

// 200 threads on words of text; one in five nested in the thread before it.
const threads: CommentThread[] = []
const marking = editor.tr
let previous = { from: 0, to: 0 }
for (let index = 0; index < THREADS; index++) {
  const id = `thr_bench${String(index).padStart(4, '0')}`
  const nested = index > 0 && random() < 0.2 && previous.to - previous.from > 4
  const block = textblocks[integer(0, textblocks.length - 1)]
  const from = nested ? integer(previous.from, previous.to - 3) : integer(block.start, block.end - 10)
  const to = nested ? integer(from + 1, previous.to) : Math.min(block.end, from + integer(5, 120))
  marking.addMark(from, to, schema.marks.comment.create({ threadId: id }))
  threads.push({ id, quote: '', createdAt: '2026-01-01T00:00:00.000Z', createdBy: 'bench', resolved: random() < 0.1, resolvedBy: null, resolvedAt: null, messages: [] })
  previous = { from, to }
}
editor = editor.apply(marking)
const look: CommentsLook = { threads, active: threads[0].id }
let state: CommentsState = scanCommentsState(editor.doc, look, null)
console.log(`Report: ${formatCount(generated.words)} words, ${formatCount(editor.doc.childCount)} blocks, ${formatCount(editor.doc.content.size)} positions, ${state.ranges.size} threads on ${formatCount([...state.ranges.values()].flat().length)} ranges`)

function timed(work: () => CommentsState): { ms: number; result: CommentsState } {
  const started = performance.now()
  const result = work()
  return { ms: performance.now() - started, result }
}

/** Types `KEYSTROKES` characters, each at `position()`, timing both ways of updating the state for each. */
function typeAt(position: () => number): { full: number[]; incremental: number[] } {
  const full: number[] = []
  const incremental: number[] = []
  for (let keystroke = 0; keystroke < KEYSTROKES; keystroke++) {
    const tr: Transaction = editor.tr.insertText('a', position())
    const before = timed(() => scanCommentsState(tr.doc, look, null))
    const after = timed(() => nextCommentsState(state, tr, look, null))
    if (after.result.ranges.size !== before.result.ranges.size) throw new Error('the two updates disagree')
    full.push(before.ms)
    incremental.push(after.ms)
    state = after.result
    editor = editor.apply(tr)
  }
  return { full, incremental }
}

const anywhere = (): number => {
  const pos = integer(1, editor.doc.content.size - 1)
  return editor.doc.resolve(pos).parent.inlineContent ? pos : anywhere()
}
const inThread = () => {
  const ranges = [...state.ranges.values()].flat()
  const range = ranges[integer(0, ranges.length - 1)]
  return integer(range.from, range.to)
}
typeAt(inThread) // warm-up
const rows: string[][] = []
for (const [label, position] of [['anywhere in the text', anywhere], ['inside a thread\'s text', inThread]] as const) {
  const { full, incremental } = typeAt(position)
  const [before, after] = [summarize(full), summarize(incremental)]
  rows.push([label, formatMs(before.median), formatMs(before.p95), formatMs(after.median), formatMs(after.p95), `${(before.median / after.median).toFixed(0)}x`])
}
printColumns(`The comments plugin's state update per keystroke (${KEYSTROKES} keystrokes each)`, ['typed', 'full walk median', 'p95', 'incremental median', 'p95', 'faster'], rows)
console.log(`At the end: load average ${loadavg().map((load) => load.toFixed(2)).join(' ')}`)
