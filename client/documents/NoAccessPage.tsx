import type { Review } from '../../shared/api/reviews'
import { ProblemPage } from '../app/ProblemPage'
import { reviewPath } from '../app/router'
import { inSentence, roleLabel } from '../reviews/roleLabel'

/** Shown instead of a document the person may not open: no editor, and no connection is made. */
export function NoAccessPage({ review }: { review: Review }) {
  return (
    <ProblemPage title="You do not have access to this document" back={{ href: reviewPath(review.id), text: `Go to ${review.title}` }}>
      <p className="govuk-body">
        Your role in {review.title} ({inSentence(roleLabel(review))}) does not let you open it. Confidential documents are shared only with the
        people who need them for the review.
      </p>
      <p className="govuk-body">If you think you should have access, ask the review’s independent author.</p>
    </ProblemPage>
  )
}
