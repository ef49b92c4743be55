import type { Review } from '../../shared/api/reviews'
import { ReviewBreadcrumbs } from '../reviews/ReviewSubpage'
import { WithReview } from '../reviews/useReview'
import { DocumentWorkspace } from './DocumentWorkspace'
import { NoAccessPage } from './NoAccessPage'

function ReviewDocument({ review, reload }: { review: Review; reload: () => void }) {
  const document = review.documentList.find((candidate) => candidate.kind === 'report')
  return (
    <>
      <ReviewBreadcrumbs review={review} />
      {document ? <DocumentWorkspace key={document.name} review={review} document={document} reload={reload} /> : <NoAccessPage review={review} />}
    </>
  )
}

/**
 * The overview report (an agency's IMR has pages of its own: client/imr). It is opened only if the
 * review lists it for this person: otherwise there is no editor and no connection, only a page saying so.
 */
export function DocumentPage({ reviewId }: { reviewId: string }) {
  return <WithReview reviewId={reviewId}>{(review, reload) => <ReviewDocument review={review} reload={reload} />}</WithReview>
}
