/**
 * @module
 * Names of collaborative documents. A review's report is `review.<reviewId>.report`; an agency's IMR
 * is `review.<reviewId>.imr-<agencyId>`. The name is also a folder name on disk, so its alphabet is
 * deliberately small.
 */
export const DOCUMENT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}(\.[a-z0-9][a-z0-9-]{0,63}){0,3}$/

export type ReviewDocument = { reviewId: string; kind: 'report' } | { reviewId: string; kind: 'imr'; agencyId: string }

export function isDocumentName(value: string): boolean {
  return DOCUMENT_NAME_PATTERN.test(value)
}

export function reviewDocumentName(document: ReviewDocument): string {
  return document.kind === 'report' ? `review.${document.reviewId}.report` : `review.${document.reviewId}.imr-${document.agencyId}`
}

export function parseReviewDocumentName(name: string): ReviewDocument | null {
  const match = /^review\.([a-z0-9][a-z0-9-]{0,63})\.(report|imr-([a-z0-9][a-z0-9-]{0,59}))$/.exec(name)
  if (!match) return null
  if (match[2] === 'report') return { reviewId: match[1], kind: 'report' }
  return { reviewId: match[1], kind: 'imr', agencyId: match[3] }
}
