/**
 * @module
 * Inserts a finding or a recommendation at the cursor (after the heading, finding or recommendation
 * the cursor is in) and puts the cursor in it, ready to type.
 */
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { FINDING, findingJson } from '../../shared/schema/finding'
import { RECOMMENDATION, recommendationJson } from '../../shared/schema/recommendation'

export type BlockKind = typeof FINDING | typeof RECOMMENDATION

const ID_ATTRIBUTE: Record<BlockKind, string> = { [FINDING]: 'findingId', [RECOMMENDATION]: 'recommendationId' }

/** Where the block with this id starts, or -1. */
function positionOf(editor: Editor, kind: BlockKind, id: unknown): number {
  let found = -1
  editor.state.doc.descendants((node, pos) => {
    if (found >= 0) return false
    if (node.type.name === kind && node.attrs[ID_ATTRIBUTE[kind]] === id) found = pos
    return !node.isTextblock
  })
  return found
}

const INSERT_AFTER = new Set(['heading', FINDING, RECOMMENDATION])

/** After the heading, finding or recommendation the cursor is in (never inside one); null: at the cursor. */
function insertPosition(editor: Editor): number | null {
  const { $from } = editor.state.selection
  for (let depth = $from.depth; depth > 0; depth--) if (INSERT_AFTER.has($from.node(depth).type.name)) return $from.after(depth)
  return null
}

/** True when the block was inserted. */
export function insertBlock(editor: Editor, kind: BlockKind): boolean {
  if (!editor.isEditable) return false
  const json = kind === FINDING ? findingJson() : recommendationJson({})
  const at = insertPosition(editor)
  const inserted = at === null ? editor.chain().focus().insertContent(json).run() : editor.chain().focus().insertContentAt(at, json).run()
  if (!inserted) return false
  const position = positionOf(editor, kind, json.attrs?.[ID_ATTRIBUTE[kind]])
  if (position >= 0) {
    const { state } = editor
    // Inside the block's first paragraph: the block's own start, then the paragraph's.
    editor.view.dispatch(state.tr.setSelection(TextSelection.create(state.doc, position + 2)).scrollIntoView())
  }
  return true
}
