/**
 * @module
 * What the comments plugin keeps for the current document: each thread's ranges and the highlights.
 * After an edit only the textblocks it changed are walked again (see changedTextblocks.ts); anything
 * else (the threads, which one is active, a step of an unknown kind, a wholesale replacement) makes a
 * full walk, `scanCommentsState`, which gives the same result and is what the equivalence test checks.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { Transaction } from '@tiptap/pm/state'
import type { DecorationSet } from '@tiptap/pm/view'
import { findThreadRanges, updateThreadRanges, type ThreadRange } from '../../shared/comments/anchors'
import type { CommentThread } from '../../shared/comments/threads'
import { changedTextblocks } from './changedTextblocks'
import { commentHighlights, updateCommentHighlights, withDraft, type DraftRange } from './commentHighlights'

/** What the highlights depend on besides the text: the threads (which are open) and the active one. */
export interface CommentsLook {
  threads: readonly CommentThread[]
  active: string | null
}

export interface CommentsState {
  ranges: Map<string, ThreadRange[]>
  draft: DraftRange | null
  /** The highlights with the draft's. */
  decorations: DecorationSet
  /** The highlights without the draft's, which an edit moves and patches. */
  highlights: DecorationSet
  /** What `highlights` were drawn for. */
  look: CommentsLook
}

const openThreadIds = (threads: readonly CommentThread[]) => new Set(threads.filter((thread) => !thread.resolved).map((thread) => thread.id))

const sameLook = (a: CommentsLook, b: CommentsLook) => a.threads === b.threads && a.active === b.active

/** Everything found again from the whole document. */
export function scanCommentsState(doc: ProseMirrorNode, look: CommentsLook, draft: DraftRange | null): CommentsState {
  const highlights = commentHighlights(doc, openThreadIds(look.threads), look.active)
  return { ranges: findThreadRanges(doc), draft, highlights, decorations: withDraft(highlights, doc, draft), look }
}

/** The state after `tr`, walking only what it changed when it can; `draft` is already moved through `tr`. */
export function nextCommentsState(previous: CommentsState, tr: Transaction, look: CommentsLook, draft: DraftRange | null): CommentsState {
  const { doc } = tr
  const unchangedLook = sameLook(previous.look, look)
  if (!tr.docChanged) {
    const highlights = unchangedLook ? previous.highlights : commentHighlights(doc, openThreadIds(look.threads), look.active)
    return { ranges: previous.ranges, draft, highlights, decorations: withDraft(highlights, doc, draft), look }
  }
  const changed = unchangedLook ? changedTextblocks(tr) : null
  if (!changed) return scanCommentsState(doc, look, draft)
  const highlights = updateCommentHighlights(previous.highlights, doc, tr.mapping, changed, openThreadIds(look.threads), look.active)
  return { ranges: updateThreadRanges(previous.ranges, doc, tr.mapping, changed), draft, highlights, decorations: withDraft(highlights, doc, draft), look: previous.look }
}
