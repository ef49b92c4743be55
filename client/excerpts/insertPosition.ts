/**
 * @module
 * Where "Insert excerpt" puts an excerpt: at the cursor when the author placed one in the text, after
 * the excerpt the cursor is in (excerpts do not nest), and otherwise, or when the cursor is on a
 * section heading, at the end of that section, before the next section heading.
 */
import type { EditorState } from '@tiptap/pm/state'
import { IMR_EXCERPT } from '../../shared/schema/imrExcerpt'
import { SECTION_HEADING_LEVEL } from '../../shared/schema/sectionKinds'

/** A position to insert at, or null to insert in place of the selection. */
export function excerptInsertPosition(state: EditorState, cursorPlaced: boolean): number | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    if ($from.node(depth).type.name === IMR_EXCERPT) return $from.after(depth)
  }
  const parent = $from.parent
  const onSectionHeading = parent.type.name === 'heading' && parent.attrs.level === SECTION_HEADING_LEVEL
  if (cursorPlaced && parent.isTextblock && !onSectionHeading) return null
  const doc = state.doc
  const index = $from.index(0)
  let position = 0
  for (let child = 0; child < doc.childCount; child++) {
    const node = doc.child(child)
    if (child > index && node.type.name === 'heading' && node.attrs.level === SECTION_HEADING_LEVEL) return position
    position += node.nodeSize
  }
  return doc.content.size
}
