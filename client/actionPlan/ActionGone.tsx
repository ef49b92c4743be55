import { ProblemPage } from '../app/ProblemPage'
import { actionPlanPath } from '../app/router'

/** An action that is not (or no longer) in the plan. */
export function ActionGone({ reviewId }: { reviewId: string }) {
  return (
    <ProblemPage title="Action not found" back={{ href: actionPlanPath(reviewId), text: 'Go to the action plan' }}>
      <p className="govuk-body">This action is not in the action plan. Someone may have deleted it.</p>
    </ProblemPage>
  )
}
