import type { StoredAction } from '../../shared/actionPlan/action'
import type { ActionPlanView } from '../../shared/api/actionPlan'
import { ProblemPanel } from '../app/ProblemPanel'
import { actionPlanPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { EditConflict } from '../forms/EditConflict'
import { ErrorSummary } from '../forms/ErrorSummary'
import { ActionForm } from './ActionForm'
import { ActionGone } from './ActionGone'
import { useActionForm } from './useActionForm'

function ActionFormContent({ plan, action, reload }: { plan: ActionPlanView; action: StoredAction | null; reload: () => void }) {
  const form = useActionForm(plan.reviewId, action, plan.recommendations.length === 1 ? plan.recommendations[0].recommendationId : null)
  const title = action ? 'Change an action' : 'Add an action'
  usePageTitle(`${title}: action plan: ${plan.title}`, form.summary.length > 0 || form.errors.conflict === true)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        {form.errors.conflict && <EditConflict subject="action" what="change" onReload={reload} />}
        {form.errors.problem && <ProblemPanel title="The action could not be saved" error={form.errors.problem} />}
        <ErrorSummary errors={form.summary} attempt={form.attempt} />
        <span className="govuk-caption-l">Action plan: {plan.title}</span>
        <h1 className="govuk-heading-l">{title}</h1>
        <ActionForm plan={plan} form={form} submitLabel={action ? 'Save the action' : 'Add the action'} cancelHref={actionPlanPath(plan.reviewId)} />
      </div>
    </div>
  )
}

/** Adds an action (`actionId` null) or changes one; the form opens again, fresh, at each new revision of the action. */
export function ActionFormPage({ plan, actionId, reload }: { plan: ActionPlanView; actionId: string | null; reload: () => void }) {
  const action = actionId === null ? null : plan.actions.find((candidate) => candidate.id === actionId)
  if (action === undefined) return <ActionGone reviewId={plan.reviewId} />
  return <ActionFormContent key={action ? `${action.id}:${action.revision}` : 'new'} plan={plan} action={action} reload={reload} />
}
