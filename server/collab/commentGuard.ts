/**
 * @module
 * Guards the comment threads of a review's report: every change a socket makes to them is judged
 * (`server/comments/threadChanges.ts`) against who that socket's person is. A change that is not
 * theirs to make (a message in another person's name, another person's message edited or deleted, a
 * thread that fails the schema) is undone at once by a compensating server transaction, which every
 * client receives, and the socket that sent it is closed as a protocol error. Mentions that an
 * accepted change adds are passed on, to notify the people mentioned.
 */
import * as Y from 'yjs'
import { CloseCode } from '../../shared/collab/closeCodes.js'
import { parseReviewDocumentName } from '../../shared/collab/documentNames.js'
import { commentsMap } from '../../shared/comments/threads.js'
import { judgeThreadChange, type AddedMentions } from '../comments/threadChanges.js'
import { log } from '../log.js'
import { Connection } from './connection.js'
import type { CollabExtension } from './extensions.js'

export interface CommentMentions {
  reviewId: string
  threadId: string
  authorId: string
  messages: AddedMentions[]
}

const plain = (value: unknown): unknown => (value instanceof Y.AbstractType ? value.toJSON() : value)

/** The threads a change touched, by their key in the comments map. */
function touchedThreads(comments: Y.Map<unknown>, events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>): Set<string> {
  const touched = new Set<string>()
  for (const event of events) {
    if (event.target === comments && event instanceof Y.YMapEvent) for (const key of event.keysChanged) touched.add(key)
    else if (typeof event.path[0] === 'string') touched.add(event.path[0])
  }
  return touched
}

export function commentGuard(onMentions: (mentions: CommentMentions) => void): CollabExtension {
  return {
    onLoad(document) {
      const parsed = parseReviewDocumentName(document.name)
      if (parsed?.kind !== 'report') return
      const { doc } = document
      const comments = commentsMap(doc) as Y.Map<unknown>
      // The threads as last accepted, to judge the next change against.
      const accepted = new Map<string, unknown>([...comments.entries()].map(([key, value]) => [key, plain(value)]))
      // Tracks what sockets do to the comments, one transaction per step, so one refused change can be undone alone.
      const undo = new Y.UndoManager(comments, { trackedOrigins: new Set([Connection]), captureTimeout: 0 })
      const refused = new Map<Y.Transaction, { connection: Connection; reason: string }>()

      const observe = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
        // Each touched thread as it is now (undefined once removed), read from the Y.Doc once.
        const current = new Map([...touchedThreads(comments, events)].map((threadId) => [threadId, plain(comments.get(threadId))]))
        const connection = transaction.origin instanceof Connection ? transaction.origin : null
        if (connection) {
          const userId = connection.userId ?? ''
          const verdicts = [...current].map(([threadId, thread]) => ({ threadId, verdict: judgeThreadChange(threadId, accepted.get(threadId), thread, userId) }))
          const refusal = verdicts.find(({ verdict }) => !verdict.allowed)
          if (refusal && !refusal.verdict.allowed) {
            refused.set(transaction, { connection, reason: `${refusal.verdict.reason} (${refusal.threadId})` })
            return
          }
          for (const { threadId, verdict } of verdicts) {
            if (verdict.allowed && verdict.added.length > 0) onMentions({ reviewId: parsed.reviewId, threadId, authorId: userId, messages: verdict.added })
          }
        }
        for (const [threadId, thread] of current) {
          if (thread === undefined) accepted.delete(threadId)
          else accepted.set(threadId, thread)
        }
      }

      // Runs after the undo manager's own handler, which has by then recorded the transaction.
      const afterTransaction = (transaction: Y.Transaction) => {
        const refusal = refused.get(transaction)
        refused.delete(transaction)
        if (refusal) {
          if (undo.undoStack.length > 0) undo.undo()
          log.warn('collab', `undid a comment change on ${document.name} and closed the socket of ${refusal.connection.userId ?? 'an unknown user'}: ${refusal.reason}`)
          refusal.connection.close(CloseCode.MalformedMessage, 'comment change not allowed')
        }
        if (undo.undoStack.length > 0 || undo.redoStack.length > 0) undo.clear()
      }

      comments.observeDeep(observe)
      doc.on('afterTransaction', afterTransaction)
      return () => {
        comments.unobserveDeep(observe)
        doc.off('afterTransaction', afterTransaction)
        undo.destroy()
      }
    },
  }
}
