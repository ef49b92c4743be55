import { REVIEW_KIND_LABELS, ReviewListSchema, type Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { LoadedResource } from '../app/LoadedResource'
import { DataTable } from '../app/DataTable'
import { followLink, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { useIsAdmin } from '../auth/session'
import { nextDeadlineOf } from './clock'
import { Deadline } from './Deadline'
import { roleLabel } from './roleLabel'
import { StatusTag } from './StatusTag'
import { OverdueActionsTag } from '../actionPlan/OverdueActionsTag'
import { PublicationTag } from '../publication/PublicationTag'

function NextDeadline({ review }: { review: Review }) {
  const step = nextDeadlineOf(review)
  return step ? <Deadline step={step} /> : <span className="app-muted">None</span>
}

function ReviewTable({ reviews }: { reviews: Review[] }) {
  return (
    <DataTable label="Reviews you work on" caption="Reviews you work on" captionHidden columns={[{ label: 'Review' }, { label: 'Status' }, { label: 'Next deadline' }, { label: 'Your role' }]}>
      {reviews.map((review) => (
        <tr className="govuk-table__row" key={review.id}>
          <td className="govuk-table__cell">
            <a className="govuk-link govuk-!-font-weight-bold" href={reviewPath(review.id)} onClick={followLink}>
              {review.title}
            </a>
            <span className="app-muted app-block govuk-!-font-size-16">{REVIEW_KIND_LABELS[review.kind]}</span>
          </td>
          <td className="govuk-table__cell">
            <StatusTag status={review.status} />
            {review.publication.status !== 'not-published' && <PublicationTag publication={review.publication} className="app-block" />}
            <OverdueActionsTag review={review} className="app-block govuk-!-margin-top-1" />
          </td>
          <td className="govuk-table__cell">
            <NextDeadline review={review} />
          </td>
          <td className="govuk-table__cell">{roleLabel(review)}</td>
        </tr>
      ))}
    </DataTable>
  )
}

export function ReviewListPage() {
  const reviews = useResource('/api/reviews', ReviewListSchema)
  const isAdmin = useIsAdmin()
  usePageTitle('Your reviews')

  return (
    <>
      <h1 className="govuk-heading-l">Your reviews</h1>
      {isAdmin && (
        <a href="/new-review" className="govuk-button" role="button" draggable="false" onClick={followLink}>
          Create a review
        </a>
      )}
      <LoadedResource resource={reviews} loading="Loading your reviews…" failed="Your reviews could not be loaded">
        {(data) =>
          data.reviews.length === 0 ? (
            <p className="govuk-body">{isAdmin ? 'There are no reviews yet.' : "You are not a member of any review yet. The board's business manager adds people to reviews."}</p>
          ) : (
            <ReviewTable reviews={data.reviews} />
          )
        }
      </LoadedResource>
    </>
  )
}
