import { useEffect } from 'react'
import { REVIEW_KIND_LABELS, ReviewListSchema } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { followLink } from '../app/router'

export function ReviewListPage() {
  const reviews = useResource('/api/reviews', ReviewListSchema)
  useEffect(() => {
    document.title = 'Your reviews – Overview Studio'
  }, [])

  return (
    <>
      <h1 className="govuk-heading-l">Your reviews</h1>
      {reviews.state === 'loading' && <Loading label="Loading your reviews…" />}
      {reviews.state === 'error' && <ProblemPanel title="Your reviews could not be loaded" error={reviews.error} />}
      {reviews.state === 'ready' && reviews.data.reviews.length === 0 && (
        <p className="govuk-body">There are no reviews yet. The board's business manager creates reviews.</p>
      )}
      {reviews.state === 'ready' && reviews.data.reviews.length > 0 && (
        <table className="govuk-table">
          <caption className="govuk-table__caption govuk-visually-hidden">Reviews you work on</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">
                Review
              </th>
              <th scope="col" className="govuk-table__header">
                Kind
              </th>
              <th scope="col" className="govuk-table__header">
                Started
              </th>
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {reviews.data.reviews.map((review) => (
              <tr className="govuk-table__row" key={review.id}>
                <th scope="row" className="govuk-table__header">
                  {review.title}
                </th>
                <td className="govuk-table__cell">{REVIEW_KIND_LABELS[review.kind]}</td>
                <td className="govuk-table__cell">
                  {new Date(review.createdAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}
                </td>
                <td className="govuk-table__cell">
                  <a className="govuk-link" href={`/reviews/${review.id}`} onClick={followLink}>
                    Open overview report<span className="govuk-visually-hidden"> for {review.title}</span>
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  )
}
