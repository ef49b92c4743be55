/**
 * @module
 * Where each thread's text is in the document: the ranges that carry its comment mark. A thread with no
 * range is detached (its text was deleted): it is kept and listed with the text it was on.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { COMMENT_MARK } from '../schema/comment.js'

export interface ThreadRange {
  from: number
  to: number
}

/** Each thread's ranges in document order; adjacent pieces of one thread (split by other marks) are joined. */
export function findThreadRanges(doc: ProseMirrorNode): Map<string, ThreadRange[]> {
  const ranges = new Map<string, ThreadRange[]>()
  doc.descendants((node, pos) => {
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
  return ranges
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
