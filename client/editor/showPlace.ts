/**
 * @module
 * Shows a place in the document (a finding, a leak-check finding from the summary page): selected
 * and scrolled into view, in an editor one may change or only read.
 */
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'

export function showPlace(editor: Editor, from: number, to: number): void {
  const size = editor.state.doc.content.size
  const start = Math.max(1, Math.min(from, size))
  const end = Math.max(start, Math.min(to, size))
  editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, start, end)).scrollIntoView())
  editor.view.focus()
  const { node } = editor.view.domAtPos(start)
  const element = node instanceof Element ? node : node.parentElement
  element?.scrollIntoView({ block: 'center' })
}
