import { overdueText } from '../../shared/actionPlan/overdue'
import type { Review } from '../../shared/api/reviews'
import { actionPlanPath, followLink } from '../app/router'

/** "3 actions overdue" as a red tag, linking to the action plan filtered to its overdue actions; nothing when none is. */
export function OverdueActionsTag({ review, className = '' }: { review: Review; className?: string }) {
  const text = review.actionPlan ? overdueText(review.actionPlan) : null
  if (!text) return null
  return (
    <a className={`govuk-link app-overdue-actions ${className}`.trim()} href={`${actionPlanPath(review.id)}?status=overdue`} onClick={followLink}>
      <strong className="govuk-tag govuk-tag--red">{text}</strong>
      <span className="govuk-visually-hidden"> in {review.title}: see them in the action plan</span>
    </a>
  )
}
