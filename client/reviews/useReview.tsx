import type { ReactNode } from 'react'
import { ReviewSchema, type Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { ProblemPage } from '../app/ProblemPage'
import { Loading } from '../app/ProblemPanel'

export function useReview(reviewId: string) {
  return useResource(`/api/reviews/${reviewId}`, ReviewSchema)
}

function ReviewProblem({ status, message }: { status: number; message: string }) {
  const notFound = status === 404
  return (
    <>
      <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }]} />
      <ProblemPage title={notFound ? 'Review not found' : 'This review could not be opened'}>
        <p className="govuk-body">
          {notFound ? 'There is no review at this address, or you are not a member of it. If you think you should be, ask the review’s author.' : message}
        </p>
      </ProblemPage>
    </>
  )
}

/** Loads a review for a page: a loading message, then the page, or a page saying why it cannot open. */
export function WithReview({ reviewId, children }: { reviewId: string; children: (review: Review, reload: () => void) => ReactNode }) {
  const review = useReview(reviewId)
  if (review.state === 'loading') return <Loading label="Loading the review…" />
  if (review.state === 'error') return <ReviewProblem status={review.error.status} message={review.error.message} />
  return <>{children(review.data, review.reload)}</>
}
