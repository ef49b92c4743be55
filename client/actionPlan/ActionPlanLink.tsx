import type { Review } from '../../shared/api/reviews'
import { actionPlanPath, followLink } from '../app/router'
import { OverdueActionsTag } from './OverdueActionsTag'

/** The review page's way to the action plan, with its overdue actions, for those who may read it. */
export function ActionPlanLink({ review }: { review: Review }) {
  if (!review.capabilities.includes('actions.read')) return null
  return (
    <>
      <h2 className="govuk-heading-m">Action plan</h2>
      <ul className="govuk-list app-document-list">
        <li className="app-document-list__item">
          <a className="govuk-link govuk-!-font-weight-bold" href={actionPlanPath(review.id)} onClick={followLink}>
            Action plan
          </a>
          <OverdueActionsTag review={review} className="app-tag--after" />
          <span className="govuk-body-s app-block app-muted">The changes that answer the recommendations, who leads them and by when, for the board to monitor</span>
        </li>
      </ul>
    </>
  )
}
