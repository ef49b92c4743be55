import type { Review } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS } from '../../shared/auth/roles'

/** The person's part in a review; an administrator who is not a member runs it without a role. */
export function roleLabel(review: Pick<Review, 'role'>): string {
  return review.role ? REVIEW_ROLE_LABELS[review.role] : 'Administrator'
}

/** "a panel member", "an independent author". */
export function withArticle(text: string): string {
  return `${/^[aeiou]/i.test(text) ? 'an' : 'a'} ${text}`
}

/** A label inside a sentence: "Agency IMR author" → "agency IMR author" (acronyms kept). */
export function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1)
}
