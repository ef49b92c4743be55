/**
 * @module
 * Comments on a report's Y.Doc as the editor makes them, for tests: the text marked through the
 * editor's binding (`@tiptap/y-tiptap`, which stores overlapping marks under keys of their own) and the
 * thread started in the same transaction; where each thread's text is now.
 */
import type { Node as ProseMirrorNode, Slice } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { findThreadRanges } from '../../../shared/comments/anchors.js'
import { startThread, type CommentAuthor } from '../../../shared/comments/threads.js'
import { COMMENT_MARK } from '../../../shared/schema/comment.js'
import { DOCUMENT_FRAGMENT, getReportSchema } from '../../../shared/schema/index.js'
import { editReport } from '../../helpers/reportEdits.js'

/** The origin of this client's own edits, which its undo manager tracks, as the editor's binding does. */
export const LOCAL_EDIT = Symbol('local-edit')

export function readReport(doc: Y.Doc): ProseMirrorNode {
  // A copy: reading through the binding may drop what the schema does not allow, and must not edit.
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return yXmlFragmentToProseMirrorRootNode(copy.getXmlFragment(DOCUMENT_FRAGMENT), getReportSchema())
}

/** Where `text` first is in the report (its `occurrence`-th), as positions. */
export function findText(report: ProseMirrorNode, text: string, occurrence = 0): { from: number; to: number } {
  const found: Array<{ from: number; to: number }> = []
  report.descendants((node, pos) => {
    if (!node.isTextblock) return true
    const content = node.textContent
    for (let at = content.indexOf(text); at >= 0; at = content.indexOf(text, at + 1)) found.push({ from: pos + 1 + at, to: pos + 1 + at + text.length })
    return false
  })
  const range = found[occurrence]
  if (!range) throw new Error(`the report has no "${text}" (occurrence ${occurrence})`)
  return range
}

/** Makes a change to the report with a ProseMirror transaction, through the binding, as one local edit. */
export function editWith(doc: Y.Doc, change: (tr: Transaction, report: ProseMirrorNode) => void): void {
  doc.transact(() => {
    editReport(doc, (report) => {
      const tr = EditorState.create({ doc: report }).tr
      change(tr, report)
      return tr.doc
    })
  }, LOCAL_EDIT)
}

/** Starts a thread on `text` (its `occurrence`-th): marks it and adds the thread, in one transaction. */
export function commentOn(doc: Y.Doc, threadId: string, text: string, author: CommentAuthor, body = `About ${text}`, occurrence = 0): void {
  doc.transact(() => {
    editWith(doc, (tr, report) => {
      const { from, to } = findText(report, text, occurrence)
      tr.addMark(from, to, report.type.schema.marks[COMMENT_MARK].create({ threadId }))
    })
    startThread(doc, threadId, text, { author, body, mentions: [], now: new Date().toISOString() })
  }, LOCAL_EDIT)
}

/** Each thread's text now, its pieces joined by " | ". */
export function threadTexts(doc: Y.Doc): Map<string, string> {
  const report = readReport(doc)
  const texts = new Map<string, string>()
  for (const [threadId, ranges] of findThreadRanges(report)) texts.set(threadId, ranges.map(({ from, to }) => report.textBetween(from, to)).join(' | '))
  return texts
}

/** Cuts `text` and pastes it, marks and all, after `target`. */
export function cutAndPaste(doc: Y.Doc, text: string, target: string): void {
  editWith(doc, (tr, report) => {
    const { from, to } = findText(report, text)
    const slice: Slice = report.slice(from, to)
    tr.delete(from, to)
    const at = findText(tr.doc, target).to
    tr.replace(at, at, slice)
  })
}

/** An undo manager over the report's text, tracking this client's own edits, as the editor's collaboration undo does. */
export function undoManagerOf(doc: Y.Doc): Y.UndoManager {
  return new Y.UndoManager(doc.getXmlFragment(DOCUMENT_FRAGMENT), { trackedOrigins: new Set([LOCAL_EDIT]), captureTimeout: 0 })
}
