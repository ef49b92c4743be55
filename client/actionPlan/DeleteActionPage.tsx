import type { ActionPlanView } from '../../shared/api/actionPlan'
import { actionPlanPath } from '../app/router'
import { ConfirmDelete } from '../forms/ConfirmDelete'
import { sendImrJson } from '../imr/imrApi'
import { ActionGone } from './ActionGone'
import { actionPlanApiPath } from './actionPlanApi'
import { ActionTable } from './ActionTable'

/** "Are you sure?" before an action goes, against the revision the person saw. */
export function DeleteActionPage({ plan, actionId, reload }: { plan: ActionPlanView; actionId: string; reload: () => void }) {
  const action = plan.actions.find((candidate) => candidate.id === actionId)
  if (!action) return <ActionGone reviewId={plan.reviewId} />
  return (
    <ConfirmDelete
      key={action.revision}
      subject="action"
      pageTitle={`Delete an action: action plan: ${plan.title}`}
      caption={`Action plan: ${plan.title}`}
      question="Are you sure you want to delete this action?"
      record={<ActionTable plan={plan} actions={[action]} caption="The action to delete" canEdit={false} />}
      warning="The action is removed from the action plan and its downloads. This cannot be undone."
      back={actionPlanPath(plan.reviewId)}
      flash="The action was deleted"
      remove={() => sendImrJson('DELETE', actionPlanApiPath(plan.reviewId, `/actions/${action.id}?revision=${action.revision}`))}
      reload={reload}
    />
  )
}
