/**
 * @module
 * How commented text looks: open threads' text shaded (darker where threads overlap, stronger for the
 * active thread), resolved threads' text left plain, and the text a new comment is being written on
 * kept shaded while the form has the focus.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Mapping } from '@tiptap/pm/transform'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { COMMENT_MARK } from '../../shared/schema'

export interface DraftRange {
  from: number
  to: number
}

/** The shading of each piece of commented text between `from` and `to`. */
function highlightsBetween(doc: ProseMirrorNode, from: number, to: number, open: ReadonlySet<string>, active: string | null): Decoration[] {
  const decorations: Decoration[] = []
  doc.nodesBetween(from, to, (node, pos) => {
    if (!node.isText) return true
    const threads = node.marks.filter((mark) => mark.type.name === COMMENT_MARK && open.has(String(mark.attrs.threadId))).map((mark) => String(mark.attrs.threadId))
    if (threads.length > 0) {
      const classes = ['app-comment']
      if (threads.length > 1) classes.push('app-comment--overlap')
      if (active && threads.includes(active)) classes.push('app-comment--active')
      decorations.push(Decoration.inline(pos, pos + node.nodeSize, { class: classes.join(' ') }))
    }
    return false
  })
  return decorations
}

/** The shading of all commented text, without a draft's. */
export function commentHighlights(doc: ProseMirrorNode, open: ReadonlySet<string>, active: string | null): DecorationSet {
  return DecorationSet.create(doc, highlightsBetween(doc, 0, doc.content.size, open, active))
}

/**
 * The same as `commentHighlights(doc, …)` after an edit: `previous` moved by `mapping`, with the shading
 * in `changed` (regions of whole textblocks, see changedTextblocks.ts) drawn again.
 */
export function updateCommentHighlights(previous: DecorationSet, doc: ProseMirrorNode, mapping: Mapping, changed: readonly DraftRange[], open: ReadonlySet<string>, active: string | null): DecorationSet {
  let highlights = previous.map(mapping, doc)
  const stale = changed.flatMap((region) => highlights.find(region.from, region.to))
  if (stale.length > 0) highlights = highlights.remove(stale)
  const fresh = changed.flatMap((region) => (region.from < region.to ? highlightsBetween(doc, region.from, region.to, open, active) : []))
  return fresh.length > 0 ? highlights.add(doc, fresh) : highlights
}

/** `highlights` with the shading of the text a new comment is being written on. */
export function withDraft(highlights: DecorationSet, doc: ProseMirrorNode, draft: DraftRange | null): DecorationSet {
  return draft && draft.from < draft.to ? highlights.add(doc, [Decoration.inline(draft.from, draft.to, { class: 'app-comment-draft' })]) : highlights
}

/** `open`: the ids of threads that exist and are not resolved. */
export function commentDecorations(doc: ProseMirrorNode, open: ReadonlySet<string>, active: string | null, draft: DraftRange | null): DecorationSet {
  return withDraft(commentHighlights(doc, open, active), doc, draft)
}
