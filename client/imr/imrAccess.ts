/**
 * @module
 * What a person may do with an IMR, for the page to offer: the server decides again on every request.
 * The agency's own IMR author changes it until it is signed off; the independent author returns a
 * signed-off IMR to the agency; everyone else who may open it reads it.
 */
import type { ImrSummary } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'

type Imr = Pick<ImrSummary, 'access' | 'status'>

export function mayChangeImr(review: Pick<Review, 'capabilities'>, imr: Imr): boolean {
  return imr.access === 'write' && imr.status !== 'signed-off' && review.capabilities.includes('imr.edit.own')
}

export function mayReturnImr(review: Pick<Review, 'capabilities'>, imr: Imr): boolean {
  return imr.status === 'signed-off' && review.capabilities.includes('imr.reopen')
}
