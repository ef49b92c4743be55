import type { Review, ReviewDocumentView } from '../../shared/api/reviews'
import { NotFoundPage } from '../app/NotFoundPage'
import type { DocumentTarget } from '../app/router'
import { ReviewBreadcrumbs } from '../reviews/ReviewSubpage'
import { WithReview } from '../reviews/useReview'
import { DocumentWorkspace } from './DocumentWorkspace'
import { NoAccessPage } from './NoAccessPage'

function findDocument(review: Review, target: DocumentTarget): ReviewDocumentView | undefined {
  return review.documentList.find((document) => document.kind === target.kind && (target.kind === 'report' || document.agencyId === target.agencyId))
}

function ReviewDocument({ review, target, reload }: { review: Review; target: DocumentTarget; reload: () => void }) {
  const document = findDocument(review, target)
  if (!document && target.kind === 'imr' && !review.agencies.some((agency) => agency.id === target.agencyId)) return <NotFoundPage />
  return (
    <>
      <ReviewBreadcrumbs review={review} />
      {document ? <DocumentWorkspace key={document.name} review={review} document={document} reload={reload} /> : <NoAccessPage review={review} />}
    </>
  )
}

/**
 * The overview report or an agency's IMR. Only documents the review lists for this person are opened:
 * for any other there is no editor and no connection, only a page saying so.
 */
export function DocumentPage({ reviewId, target }: { reviewId: string; target: DocumentTarget }) {
  return <WithReview reviewId={reviewId}>{(review, reload) => <ReviewDocument review={review} target={target} reload={reload} />}</WithReview>
}
