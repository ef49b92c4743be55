/**
 * @module
 * Where each thread's text is in the document: the ranges that carry its comment mark. A thread with no
 * range is detached (its text was deleted): it is kept and listed with the text it was on.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Mappable } from '@tiptap/pm/transform'
import { COMMENT_MARK } from '../schema/comment.js'

export interface ThreadRange {
  from: number
  to: number
}

/** Adds the pieces of each thread between `from` and `to` to `ranges`, joining adjacent text of one thread. */
function collectThreadRanges(doc: ProseMirrorNode, from: number, to: number, ranges: Map<string, ThreadRange[]>): void {
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true
    for (const mark of node.marks) {
      if (mark.type.name !== COMMENT_MARK || typeof mark.attrs.threadId !== 'string') continue
      const list = ranges.get(mark.attrs.threadId) ?? []
      const last = list[list.length - 1]
      if (last && last.to === pos) last.to = pos + node.nodeSize
      else list.push({ from: pos, to: pos + node.nodeSize })
      ranges.set(mark.attrs.threadId, list)
    }
    return false
  })
}

/** Each thread's ranges in document order; adjacent pieces of one thread (split by other marks) are joined. */
export function findThreadRanges(doc: ProseMirrorNode): Map<string, ThreadRange[]> {
  const ranges = new Map<string, ThreadRange[]>()
  collectThreadRanges(doc, 0, doc.content.size, ranges)
  return ranges
}

function overlapsAny(from: number, to: number, regions: readonly ThreadRange[]): boolean {
  for (const region of regions) if (from <= region.to && to >= region.from) return true
  return false
}

/** Two threads in the order the full walk meets them: by their first text, then by their marks' order on it. */
function documentOrder(doc: ProseMirrorNode): (a: [string, ThreadRange[]], b: [string, ThreadRange[]]) => number {
  const markIndex = (pos: number, threadId: string) => doc.nodeAt(pos)?.marks.findIndex((mark) => mark.type.name === COMMENT_MARK && mark.attrs.threadId === threadId) ?? -1
  return ([a, [first]], [b, [second]]) => first.from - second.from || markIndex(first.from, a) - markIndex(second.from, b)
}

/** `ranges` in document order: usually it already is. */
function inDocumentOrder(ranges: Map<string, ThreadRange[]>, doc: ProseMirrorNode): Map<string, ThreadRange[]> {
  const entries = [...ranges]
  const compare = documentOrder(doc)
  for (let index = 1; index < entries.length; index++) if (compare(entries[index - 1], entries[index]) > 0) return new Map(entries.sort(compare))
  return ranges
}

/** Sorted ranges of one thread from two sorted lists, adjacent ones joined. */
function joinRanges(kept: readonly ThreadRange[], scanned: readonly ThreadRange[]): ThreadRange[] {
  const joined: ThreadRange[] = []
  for (const range of [...kept, ...scanned].sort((a, b) => a.from - b.from)) {
    const last = joined[joined.length - 1]
    if (last && last.to === range.from) last.to = range.to
    else joined.push(range)
  }
  return joined
}

/**
 * The same as `findThreadRanges(doc)` after an edit, walking only `changed`: the regions of `doc` whose
 * text may differ, each made of whole textblocks, sorted and apart. Ranges elsewhere are `previous`
 * moved by `mapping`; a range never crosses a textblock's edge, so none lies partly in a changed region.
 */
export function updateThreadRanges(previous: ReadonlyMap<string, readonly ThreadRange[]>, doc: ProseMirrorNode, mapping: Mappable, changed: readonly ThreadRange[]): Map<string, ThreadRange[]> {
  const scanned = new Map<string, ThreadRange[]>()
  for (const region of changed) if (region.from < region.to) collectThreadRanges(doc, region.from, region.to, scanned)
  const updated = new Map<string, ThreadRange[]>()
  for (const [id, list] of previous) {
    const kept: ThreadRange[] = []
    for (const range of list) {
      const from = mapping.map(range.from, 1)
      const to = mapping.map(range.to, -1)
      if (from < to && !overlapsAny(from, to, changed)) kept.push({ from, to })
    }
    const pieces = scanned.get(id)
    const ranges = pieces ? joinRanges(kept, pieces) : kept
    if (ranges.length > 0) updated.set(id, ranges)
  }
  for (const [id, pieces] of scanned) if (!previous.has(id)) updated.set(id, pieces)
  return inDocumentOrder(updated, doc)
}

/** The threads (by id) that are on `pos`, innermost (shortest) first. */
export function threadsAt(ranges: Map<string, ThreadRange[]>, pos: number): string[] {
  const found: Array<{ id: string; length: number }> = []
  for (const [id, list] of ranges) {
    const hit = list.find((range) => range.from <= pos && pos <= range.to)
    if (hit) found.push({ id, length: hit.to - hit.from })
  }
  return found.sort((a, b) => a.length - b.length).map((item) => item.id)
}

export function isDetached(ranges: Map<string, ThreadRange[]>, threadId: string): boolean {
  return (ranges.get(threadId)?.length ?? 0) === 0
}
