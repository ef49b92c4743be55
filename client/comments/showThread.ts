/**
 * @module
 * Going from a thread to its text: selected and scrolled into view, with the thread kept active.
 */
import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { showPlace } from '../editor/showPlace'
import type { CommentsSetup } from './commentsSetup'
import { threadRangesIn } from './commentsExtension'

/** `focus`: the editor takes the focus (the quote button); a click elsewhere on the card leaves it where it is. */
export function showThreadText(editor: Editor, setup: CommentsSetup, threadId: string, { focus }: { focus: boolean }): boolean {
  const range = threadRangesIn(editor.state).get(threadId)?.[0]
  if (!range) return false
  if (focus) showPlace(editor, range.from, range.to)
  else {
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, range.from, range.to)))
    const { node } = editor.view.domAtPos(range.from)
    const element = node instanceof Element ? node : node.parentElement
    element?.scrollIntoView({ block: 'nearest' })
  }
  setup.active.set(threadId)
  return true
}
