/**
 * @module
 * Opens the thread the address names (`?thread=thr_…`), as a mention's notification links to it: the
 * Comments tab showing, the thread active and its text in view. Once, after the document has loaded;
 * the address is then tidied.
 */
import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import { THREAD_ID_PATTERN } from '../../shared/schema'
import type { CommentsSetup } from './commentsSetup'
import { showThreadText } from './showThread'

export const threadQuery = (threadId: string): string => `?thread=${encodeURIComponent(threadId)}`

export function readThreadFromAddress(search: string): string | null {
  const threadId = new URLSearchParams(search).get('thread')
  return threadId && THREAD_ID_PATTERN.test(threadId) ? threadId : null
}

export function useThreadFromAddress(editor: Editor | null, setup: CommentsSetup | null): void {
  useEffect(() => {
    const threadId = readThreadFromAddress(window.location.search)
    if (!editor || !setup || !threadId) return
    setup.panelOpen.set(true)
    setup.active.set(threadId)
    // After the panel has rendered, so the text and its card are both where they will stay.
    requestAnimationFrame(() => {
      if (!editor.isDestroyed) showThreadText(editor, setup, threadId, { focus: false })
    })
    window.history.replaceState(window.history.state, '', window.location.pathname)
  }, [editor, setup])
}
