import type { ReactNode } from 'react'
import type { Review } from '../../shared/api/reviews'
import type { Capability } from '../../shared/auth/roles'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { reviewPath } from '../app/router'
import { NoPermission } from './NoPermission'
import { WithReview } from './useReview'

export function ReviewBreadcrumbs({ review }: { review: Review }) {
  return <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }, { href: reviewPath(review.id), text: review.title }]} />
}

/**
 * A page of one review (its members, its audit log, changing it): the way back to the review, then
 * the page for people whose role has `capability`, or a page saying they `cannot` do this.
 */
export function ReviewSubpage(props: { reviewId: string; capability: Capability; cannot: string; children: (review: Review) => ReactNode }) {
  const { reviewId, capability, cannot, children } = props
  return (
    <WithReview reviewId={reviewId}>
      {(review) => (
        <>
          <ReviewBreadcrumbs review={review} />
          {review.capabilities.includes(capability) ? children(review) : <NoPermission review={review} what={cannot} />}
        </>
      )}
    </WithReview>
  )
}
