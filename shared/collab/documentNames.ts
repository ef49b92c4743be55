/**
 * @module
 * Names of collaborative documents. A review's documents are named `review.<reviewId>.<kind>`; the
 * name is also a folder name on disk, so its alphabet is deliberately small.
 */
export const DOCUMENT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}(\.[a-z0-9][a-z0-9-]{0,63}){0,3}$/

export const DOCUMENT_KINDS = ['report'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export function isDocumentName(value: string): boolean {
  return DOCUMENT_NAME_PATTERN.test(value)
}

export function reviewDocumentName(reviewId: string, kind: DocumentKind): string {
  return `review.${reviewId}.${kind}`
}

export function parseReviewDocumentName(name: string): { reviewId: string; kind: DocumentKind } | null {
  const match = /^review\.([a-z0-9][a-z0-9-]{0,63})\.([a-z]+)$/.exec(name)
  if (!match) return null
  const kind = DOCUMENT_KINDS.find((candidate) => candidate === match[2])
  return kind ? { reviewId: match[1], kind } : null
}
