import type { Review } from '../../shared/api/reviews'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { NotFoundPage } from '../app/NotFoundPage'
import { imrPath, reviewPath, type ImrView } from '../app/router'
import { NoAccessPage } from '../documents/NoAccessPage'
import { ReviewBreadcrumbs } from '../reviews/ReviewSubpage'
import { WithReview } from '../reviews/useReview'
import { DeleteEntryPage } from './DeleteEntryPage'
import { EntryPage } from './EntryPage'
import { ImportPage } from './ImportPage'
import { ImrDetailsPage } from './ImrDetailsPage'
import { ImrOverview } from './ImrOverview'
import { ReturnToAgencyPage } from './ReturnToAgencyPage'
import { SignOffPage } from './SignOffPage'
import { WithImr } from './WithImr'

function ImrPart({ review, agencyId, view, reloadReview }: { review: Review; agencyId: string; view: ImrView; reloadReview: () => void }) {
  const document = review.documentList.find((candidate) => candidate.kind === 'imr' && candidate.agencyId === agencyId)
  const agency = review.agencies.find((candidate) => candidate.id === agencyId)
  if (!agency) return <NotFoundPage />
  if (!document) {
    return (
      <>
        <ReviewBreadcrumbs review={review} />
        <NoAccessPage review={review} />
      </>
    )
  }
  if (view.part === 'overview') {
    return (
      <>
        <ReviewBreadcrumbs review={review} />
        <WithImr review={review} agencyId={agencyId}>
          {(imr, reload) => <ImrOverview review={review} imr={imr} document={document} reload={reload} reloadReview={reloadReview} />}
        </WithImr>
      </>
    )
  }
  const crumbs = [
    { href: '/', text: 'Your reviews' },
    { href: reviewPath(review.id), text: review.title },
    { href: imrPath(review.id, agencyId), text: `IMR: ${agency.name}` },
  ]
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <WithImr review={review} agencyId={agencyId}>
        {(imr, reload) => {
          switch (view.part) {
            case 'details':
              return <ImrDetailsPage review={review} imr={imr} />
            case 'new-entry':
              return <EntryPage review={review} imr={imr} entryId={null} reload={reload} />
            case 'entry':
              return <EntryPage review={review} imr={imr} entryId={view.entryId} reload={reload} />
            case 'delete-entry':
              return <DeleteEntryPage review={review} imr={imr} entryId={view.entryId} reload={reload} />
            case 'import':
              return <ImportPage review={review} imr={imr} />
            case 'sign-off':
              return <SignOffPage review={review} imr={imr} />
            case 'reopen':
              return <ReturnToAgencyPage review={review} imr={imr} />
          }
        }}
      </WithImr>
    </>
  )
}

/**
 * An agency's Individual Management Review: its details, chronology and analysis, and the pages that
 * change them. Only an IMR the review lists for this person is opened.
 */
export function ImrPage({ reviewId, agencyId, view }: { reviewId: string; agencyId: string; view: ImrView }) {
  return <WithReview reviewId={reviewId}>{(review, reload) => <ImrPart review={review} agencyId={agencyId} view={view} reloadReview={reload} />}</WithReview>
}
