import type { Review } from '../../shared/api/reviews'
import { followLink, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { inSentence, roleLabel, withArticle } from './roleLabel'

/** A page this person's role in the review does not open, said plainly, with the way back. */
export function NoPermission({ review, what }: { review: Review; what: string }) {
  usePageTitle('You do not have access to this page')
  return (
    <>
      <h1 className="govuk-heading-l">You do not have access to this page</h1>
      <p className="govuk-body">
        As {withArticle(inSentence(roleLabel(review)))} in {review.title} you cannot {what}.
      </p>
      <p className="govuk-body">
        <a className="govuk-link" href={reviewPath(review.id)} onClick={followLink}>
          Go to {review.title}
        </a>
      </p>
    </>
  )
}
