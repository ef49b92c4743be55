/**
 * @module
 * Changing threads from the editor. Starting a thread and marking its text, or removing a thread and
 * its mark, is one Yjs transaction, so nobody ever receives a thread without its text or the reverse:
 * the editor's change is written to the Y.Doc through its own sync binding inside that transaction.
 */
import type { Editor } from '@tiptap/core'
import { ySyncPluginKey } from '@tiptap/y-tiptap'
import type * as Y from 'yjs'
import { findMentions, type Mentionable } from '../../shared/comments/mentions'
import { deleteMessage, editMessage, newThreadId, readThread, removeThread, replyToThread, setResolved, startThread, type CommentAuthor } from '../../shared/comments/threads'
import { announce, type CommentsSetup } from './commentsSetup'
import { clearDraft, draftRangeIn, quoteOf } from './commentsExtension'

interface SyncBinding {
  mux: (change: () => void) => void
  _prosemirrorChanged: (doc: Editor['state']['doc']) => void
}

/** Runs `change` (Y.Doc edits and editor commands) as one transaction of the document. */
function inOneTransaction(editor: Editor, doc: Y.Doc, change: () => void): void {
  const binding = (ySyncPluginKey.getState(editor.state) as { binding?: SyncBinding } | undefined)?.binding
  if (!binding) {
    doc.transact(change)
    return
  }
  // Inside the binding's mutex the editor does not write its change itself; it is written here, in the same transaction.
  binding.mux(() => {
    doc.transact(() => {
      change()
      binding._prosemirrorChanged(editor.state.doc)
    }, ySyncPluginKey)
  })
}

const now = () => new Date().toISOString()

export interface Commenter {
  author: CommentAuthor
  /** Whom a comment may mention: the review's members who read the report. */
  members: readonly Mentionable[]
}

/** Starts a thread on the text the new comment form was opened on; its id, or null when that text is gone. */
export function addThread(editor: Editor, setup: CommentsSetup, commenter: Commenter, body: string): string | null {
  const range = draftRangeIn(editor.state)
  if (!range) return null
  const threadId = newThreadId()
  const quote = quoteOf(editor.state, range)
  inOneTransaction(editor, setup.doc, () => {
    startThread(setup.doc, threadId, quote, { author: commenter.author, body, mentions: findMentions(body, commenter.members), now: now() })
    editor.chain().setTextSelection(range).setComment(threadId).run()
  })
  clearDraft(editor, setup)
  setup.active.set(threadId)
  announce(setup, 'Comment added')
  return threadId
}

export function reply(setup: CommentsSetup, threadId: string, commenter: Commenter, body: string): boolean {
  const done = replyToThread(setup.doc, threadId, { author: commenter.author, body, mentions: findMentions(body, commenter.members), now: now() })
  if (done) announce(setup, 'Reply added')
  return done
}

export function changeMessage(setup: CommentsSetup, threadId: string, messageId: string, commenter: Commenter, body: string): boolean {
  const done = editMessage(setup.doc, threadId, messageId, body, findMentions(body, commenter.members), now())
  if (done) announce(setup, 'Comment changed')
  return done
}

/** Deletes a message; when none is left, the thread goes too, with its mark. */
export function removeMessage(editor: Editor, setup: CommentsSetup, threadId: string, messageId: string): void {
  inOneTransaction(editor, setup.doc, () => {
    deleteMessage(setup.doc, threadId, messageId)
    const thread = readThread(setup.doc, threadId)
    if (thread && thread.messages.every((message) => message.deleted)) {
      removeThread(setup.doc, threadId)
      editor.commands.unsetComment(threadId)
    }
  })
  announce(setup, 'Comment deleted')
}

export function resolve(setup: CommentsSetup, threadId: string, resolved: boolean, by: CommentAuthor): void {
  if (setResolved(setup.doc, threadId, resolved, by.id, now())) announce(setup, resolved ? 'Comment resolved' : 'Comment reopened')
  if (resolved && setup.active.get() === threadId) setup.active.set(null)
}
