import type { Review } from '../../shared/api/reviews'
import { followLink, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { inSentence, roleLabel } from '../reviews/roleLabel'

/** Shown instead of a document the person may not open: no editor, and no connection is made. */
export function NoAccessPage({ review }: { review: Review }) {
  usePageTitle('You do not have access to this document')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You do not have access to this document</h1>
        <p className="govuk-body">
          Your role in {review.title} ({inSentence(roleLabel(review))}) does not let you open it. Confidential documents are shared only with
          the people who need them for the review.
        </p>
        <p className="govuk-body">If you think you should have access, ask the review’s independent author.</p>
        <p className="govuk-body">
          <a className="govuk-link" href={reviewPath(review.id)} onClick={followLink}>
            Go to {review.title}
          </a>
        </p>
      </div>
    </div>
  )
}
