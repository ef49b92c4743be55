/**
 * @module
 * The browser's selection taken into the editor: a key pressed straight after the selection was
 * extended with the keyboard can arrive before the editor has heard of it, so a command that acts on
 * the selection (redact, comment) reads it from the page first.
 */
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

export function readSelectionFromPage(editor: Editor): void {
  const { view } = editor
  if (!view.hasFocus()) return
  const selection = view.dom.ownerDocument.getSelection()
  if (!selection?.anchorNode || !selection.focusNode || !view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset)
    const head = view.posAtDOM(selection.focusNode, selection.focusOffset)
    if (anchor !== view.state.selection.anchor || head !== view.state.selection.head) view.dispatch(view.state.tr.setSelection(TextSelection.between(view.state.doc.resolve(anchor), view.state.doc.resolve(head))))
  } catch {
    // A point inside a label or a caret: the editor's own selection stands.
  }
}
