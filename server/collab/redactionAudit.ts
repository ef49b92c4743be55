/**
 * @module
 * Records who removed a redaction from a review's report: a change that takes the redaction mark off
 * text that stays. The person is the one whose socket sent the change; the text itself, confidential,
 * is never logged, only how many spans lost their redaction.
 */
import * as Y from 'yjs'
import { parseReviewDocumentName } from '../../shared/collab/documentNames.js'
import { REDACTION_MARK } from '../../shared/schema/redaction.js'
import { DOCUMENT_FRAGMENT } from '../../shared/schema/index.js'
import type { CollabExtension } from './extensions.js'

export interface RedactionRemoval {
  userId: string
  reviewId: string
  /** How many spans lost their redaction in one change. */
  spans: number
}

/** Spans of a text change that take the redaction mark off text that is kept. */
export function countRemovedRedactions(events: ReadonlyArray<Y.YEvent<Y.AbstractType<unknown>>>): number {
  let spans = 0
  for (const event of events) {
    if (!(event.target instanceof Y.XmlText)) continue
    for (const operation of event.delta) {
      const attributes = operation.attributes as Record<string, unknown> | undefined
      if (operation.retain !== undefined && attributes && REDACTION_MARK in attributes && attributes[REDACTION_MARK] === null) spans += 1
    }
  }
  return spans
}

function userIdOf(origin: unknown): string | null {
  const userId = (origin as { userId?: unknown } | null)?.userId
  return typeof userId === 'string' ? userId : null
}

export function redactionAudit(record: (removal: RedactionRemoval) => void): CollabExtension {
  return {
    onLoad(document) {
      const parsed = parseReviewDocumentName(document.name)
      // The media statement carries the same redaction marks.
      if (parsed?.kind !== 'report' && parsed?.kind !== 'media-statement') return
      const fragment = document.doc.getXmlFragment(DOCUMENT_FRAGMENT)
      const observe = (events: Array<Y.YEvent<Y.AbstractType<unknown>>>, transaction: Y.Transaction) => {
        const userId = userIdOf(transaction.origin)
        if (!userId) return
        const spans = countRemovedRedactions(events)
        if (spans > 0) record({ userId, reviewId: parsed.reviewId, spans })
      }
      fragment.observeDeep(observe)
      return () => fragment.unobserveDeep(observe)
    },
  }
}
