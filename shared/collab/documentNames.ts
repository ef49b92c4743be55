/**
 * @module
 * Names of collaborative documents. A review's report is `review.<reviewId>.report`, its media
 * statement `review.<reviewId>.media-statement`, and an agency's IMR `review.<reviewId>.imr-<agencyId>`.
 * The name is also a folder name on disk, so its alphabet is deliberately small.
 */
export const DOCUMENT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}(\.[a-z0-9][a-z0-9-]{0,63}){0,3}$/

export type ReviewDocument =
  | { reviewId: string; kind: 'report' }
  | { reviewId: string; kind: 'media-statement' }
  | { reviewId: string; kind: 'imr'; agencyId: string }

export function isDocumentName(value: string): boolean {
  return DOCUMENT_NAME_PATTERN.test(value)
}

export function reviewDocumentName(document: ReviewDocument): string {
  return document.kind === 'imr' ? `review.${document.reviewId}.imr-${document.agencyId}` : `review.${document.reviewId}.${document.kind}`
}

export function parseReviewDocumentName(name: string): ReviewDocument | null {
  const match = /^review\.([a-z0-9][a-z0-9-]{0,63})\.(report|media-statement|imr-([a-z0-9][a-z0-9-]{0,59}))$/.exec(name)
  if (!match) return null
  if (match[2] === 'report' || match[2] === 'media-statement') return { reviewId: match[1], kind: match[2] }
  return { reviewId: match[1], kind: 'imr', agencyId: match[3] }
}
