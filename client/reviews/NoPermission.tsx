import type { Review } from '../../shared/api/reviews'
import { ProblemPage } from '../app/ProblemPage'
import { reviewPath } from '../app/router'
import { inSentence, roleLabel, withArticle } from './roleLabel'

/** A page this person's role in the review does not open, said plainly, with the way back. */
export function NoPermission({ review, what }: { review: Review; what: string }) {
  return (
    <ProblemPage title="You do not have access to this page" back={{ href: reviewPath(review.id), text: `Go to ${review.title}` }}>
      <p className="govuk-body">
        As {withArticle(inSentence(roleLabel(review)))} in {review.title} you cannot {what}.
      </p>
    </ProblemPage>
  )
}
