/**
 * @module
 * How commented text looks: open threads' text shaded (darker where threads overlap, stronger for the
 * active thread), resolved threads' text left plain, and the text a new comment is being written on
 * kept shaded while the form has the focus.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { COMMENT_MARK } from '../../shared/schema'

export interface DraftRange {
  from: number
  to: number
}

/** `open`: the ids of threads that exist and are not resolved. */
export function commentDecorations(doc: ProseMirrorNode, open: ReadonlySet<string>, active: string | null, draft: DraftRange | null): DecorationSet {
  const decorations: Decoration[] = []
  doc.descendants((node, pos) => {
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
  if (draft && draft.from < draft.to) decorations.push(Decoration.inline(draft.from, draft.to, { class: 'app-comment-draft' }))
  return DecorationSet.create(doc, decorations)
}
