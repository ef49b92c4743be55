import type { Review } from '../../shared/api/reviews'
import { LoadedResource } from '../app/LoadedResource'
import type { ActionPlanPart } from '../app/router'
import { NoPermission } from '../reviews/NoPermission'
import { ReviewSubpage } from '../reviews/ReviewSubpage'
import { ActionFormPage } from './ActionFormPage'
import { ActionPlanOverview } from './ActionPlanOverview'
import { useActionPlan } from './actionPlanApi'
import { DeleteActionPage } from './DeleteActionPage'

function PlanPart({ review, view }: { review: Review; view: ActionPlanPart }) {
  const plan = useActionPlan(review.id)
  if (view.part !== 'plan' && !review.capabilities.includes('actions.edit')) return <NoPermission review={review} what="change the action plan" />
  return (
    <LoadedResource resource={plan} loading="Loading the action plan…" failed="The action plan could not be loaded">
      {(data) => {
        switch (view.part) {
          case 'plan':
            return <ActionPlanOverview review={review} plan={data} />
          case 'new-action':
            return <ActionFormPage plan={data} actionId={null} reload={plan.reload} />
          case 'action':
            return <ActionFormPage plan={data} actionId={view.actionId} reload={plan.reload} />
          case 'delete-action':
            return <DeleteActionPage plan={data} actionId={view.actionId} reload={plan.reload} />
        }
      }}
    </LoadedResource>
  )
}

/**
 * A review's action plan: the specific changes that answer its recommendations, for the author, the
 * panel and the board's administrator; and the pages that add, change and delete an action.
 */
export function ActionPlanPage({ reviewId, view }: { reviewId: string; view: ActionPlanPart }) {
  return (
    <ReviewSubpage reviewId={reviewId} capability="actions.read" cannot="see the action plan">
      {(review) => <PlanPart review={review} view={view} />}
    </ReviewSubpage>
  )
}
