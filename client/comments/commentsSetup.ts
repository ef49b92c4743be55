/**
 * @module
 * Comments in a report's editor: its threads, which thread is active (highlighted in the text and in
 * the column), whether the Comments tab is showing, the new comment being written, and what the page
 * last announced. The toolbar, the shortcut, the right-click menu and the column share it.
 */
import { useMemo } from 'react'
import type * as Y from 'yjs'
import { ValueStore } from '../app/valueStore'
import { CommentStore } from './commentStore'

export const COMMENT_SHORTCUT = 'Mod-Alt-m'

export interface CommentDraft {
  /** The text the comment will be on, in one line. */
  quote: string
}

export interface CommentsSetup {
  doc: Y.Doc
  reviewId: string
  threads: CommentStore
  active: ValueStore<string | null>
  panelOpen: ValueStore<boolean>
  draft: ValueStore<CommentDraft | null>
  /** The text of the live region: "Comment added", "Comment resolved"… */
  announcement: ValueStore<{ text: string; at: number }>
}

export function openCommentsSetup(doc: Y.Doc, reviewId: string): CommentsSetup {
  return {
    doc,
    reviewId,
    threads: new CommentStore(doc),
    active: new ValueStore<string | null>(null),
    panelOpen: new ValueStore(false),
    draft: new ValueStore<CommentDraft | null>(null),
    announcement: new ValueStore({ text: '', at: 0 }),
  }
}

export function announce(setup: CommentsSetup, text: string): void {
  setup.announcement.set({ text, at: Date.now() })
}

/** The setup for a report's Y.Doc (null for an IMR); it holds no listeners of its own, so nothing to close. */
export function useCommentsSetup(doc: Y.Doc, reviewId: string | null): CommentsSetup | null {
  return useMemo(() => (reviewId ? openCommentsSetup(doc, reviewId) : null), [doc, reviewId])
}
