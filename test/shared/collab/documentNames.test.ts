import { describe, expect, it } from 'vitest'
import { isDocumentName, parseReviewDocumentName, reviewDocumentName, type ReviewDocument } from '../../../shared/collab/documentNames.js'

describe('review document names', () => {
  const documents: ReviewDocument[] = [
    { reviewId: 'child-k', kind: 'report' },
    { reviewId: 'child-k', kind: 'media-statement' },
    { reviewId: 'child-k', kind: 'imr', agencyId: 'health' },
  ]

  it('names the report, the media statement and an IMR, and reads each name back', () => {
    expect(documents.map(reviewDocumentName)).toEqual(['review.child-k.report', 'review.child-k.media-statement', 'review.child-k.imr-health'])
    for (const document of documents) {
      expect(isDocumentName(reviewDocumentName(document))).toBe(true)
      expect(parseReviewDocumentName(reviewDocumentName(document))).toEqual(document)
    }
  })

  it('reads no other name as a review document', () => {
    for (const name of ['review.child-k.media', 'review.child-k.media-statement-2', 'review.child-k.statement', 'review..media-statement']) expect(parseReviewDocumentName(name)).toBeNull()
  })
})
