/**
 * @module
 * Random edits of a report with overlapping and nested comment threads, for checking the comments
 * plugin's state after each: typing in and around commented text, deleting within and across blocks,
 * splitting and joining paragraphs, adding and removing comment (and bold) marks, pasting commented
 * text, changing a block's type or wrapping it, several edits in one transaction, and now and then
 * replacing everything.
 */
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { canJoin, canSplit, findWrapping } from '@tiptap/pm/transform'
import { findThreadRanges } from '../../../shared/comments/anchors.js'
import type { Random } from '../../reliability/support/random.js'

export const THREAD_IDS = ['thr_alpha001', 'thr_bravo001', 'thr_charl001', 'thr_delta001', 'thr_echoo001', 'thr_foxtr001']

const WORDS = ['the', 'child', 'was', 'seen', 'at', 'home', 'by', 'the', 'health', 'visitor']

/** The start and end of the content of every textblock. */
function textblocks(doc: ProseMirrorNode): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    found.push({ start: pos + 1, end: pos + 1 + node.content.size })
    return false
  })
  return found
}

/** A position in text, or on a thread's edge (where typing is most likely to go wrong). */
function textPosition(doc: ProseMirrorNode, random: Random): number {
  const edges = [...findThreadRanges(doc).values()].flat().flatMap((range) => [range.from, range.to])
  if (edges.length > 0 && random.chance(0.3)) return random.pick(edges)
  const block = random.pick(textblocks(doc))
  return random.integer(block.start, block.end)
}

const words = (random: Random, count: number) => Array.from({ length: count }, () => random.pick(WORDS)).join(' ')

/** A report of headings, paragraphs, a list and a quotation, with threads on some of it. */
export function startingReport(schema: Schema, random: Random): ProseMirrorNode {
  const comment = () => schema.marks.comment.create({ threadId: random.pick(THREAD_IDS) })
  const paragraph = () => {
    if (random.chance(0.4)) return schema.node('paragraph', null, [schema.text(words(random, random.integer(4, 12)))])
    const marks = comment().addToSet(random.chance(0.3) ? [comment()] : [])
    return schema.node('paragraph', null, [schema.text(`${words(random, 3)} `), schema.text(words(random, 3), marks), schema.text(` ${words(random, 2)}`)])
  }
  const blocks = [
    schema.node('heading', { level: 2 }, [schema.text('Introduction')]),
    ...Array.from({ length: 6 }, paragraph),
    schema.node('bulletList', null, [schema.node('listItem', null, [paragraph()]), schema.node('listItem', null, [paragraph()])]),
    schema.node('blockquote', null, [paragraph()]),
    ...Array.from({ length: 5 }, paragraph),
  ]
  return schema.node('doc', null, blocks)
}

/** One random edit of `state`'s document (or none, when the edit chosen does not fit there). */
export function randomEdit(state: EditorState, random: Random): Transaction {
  const { schema } = state
  const tr = state.tr
  const edit = () => {
    const { doc } = tr
    const size = doc.content.size
    const at = () => textPosition(doc, random)
    const span = () => {
      const from = at()
      return [from, Math.min(size, from + random.integer(1, 30))] as const
    }
    const comment = () => schema.marks.comment.create({ threadId: random.pick(THREAD_IDS) })
    const roll = random.integer(0, 15)
    if (roll <= 2) tr.insertText(words(random, 1).slice(0, random.integer(1, 4)), at())
    else if (roll === 3) {
      const from = at()
      tr.delete(from, Math.min(textblocks(doc).find((block) => block.start <= from && from <= block.end)?.end ?? from, from + random.integer(1, 6)))
    } else if (roll === 4) tr.delete(...span())
    else if (roll === 5) {
      const pos = at()
      if (canSplit(doc, pos)) tr.split(pos)
    } else if (roll === 6) {
      const joins: number[] = []
      doc.descendants((node, pos) => {
        if (canJoin(doc, pos)) joins.push(pos)
        return !node.isTextblock
      })
      if (joins.length > 0) tr.join(random.pick(joins))
    } else if (roll <= 8) tr.addMark(...span(), comment())
    else if (roll === 9) tr.removeMark(...span(), random.chance(0.5) ? comment() : schema.marks.comment)
    else if (roll === 10) {
      const [from, to] = span()
      if (random.chance(0.5)) tr.addMark(from, to, schema.marks.bold.create())
      else tr.removeMark(from, to, schema.marks.bold)
    } else if (roll === 11) {
      const pos = at()
      const marks = comment().addToSet(random.chance(0.5) ? [comment()] : [])
      tr.replaceWith(pos, pos, schema.text(words(random, 2), marks))
    } else if (roll === 12) {
      const pos = at()
      if (random.chance(0.5)) tr.setBlockType(pos, pos, schema.nodes.heading, { level: 3 })
      else tr.setBlockType(pos, pos, schema.nodes.paragraph)
    } else if (roll === 13) {
      const range = doc.resolve(at()).blockRange()
      const wrapping = range && findWrapping(range, schema.nodes.blockquote)
      if (range && wrapping) tr.wrap(range, wrapping)
    } else if (roll === 14) {
      // Two edits far apart in one transaction, the second mapped through the first.
      const first = at()
      const second = at()
      tr.insertText('xy', first)
      tr.delete(tr.mapping.map(second), Math.min(tr.doc.content.size, tr.mapping.map(second) + 2))
    } else if (random.chance(0.3)) tr.replaceWith(0, size, startingReport(schema, random).content)
    else tr.insertText(' ', at())
  }
  try {
    edit()
  } catch {
    // An edit that does not fit the document here (a delete the schema cannot close, say): none.
    return state.tr
  }
  return tr
}
