import { useEffect, useRef, useState } from 'react'
import type { ActionPlanView, PlannedAction } from '../../shared/api/actionPlan'
import { asApiError, type ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { actionPlanPath, followLink, navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { sendImrJson } from '../imr/imrApi'
import { ActionConflict, ActionGone } from './ActionProblems'
import { actionPlanApiPath } from './actionPlanApi'
import { ActionTable } from './ActionTable'

function ConfirmDelete({ plan, action, reload }: { plan: ActionPlanView; action: PlannedAction; reload: () => void }) {
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const back = actionPlanPath(plan.reviewId)
  usePageTitle(`Delete an action: action plan: ${plan.title}`, problem !== null)
  useEffect(() => heading.current?.focus(), [])

  const remove = async () => {
    setSending(true)
    setProblem(null)
    try {
      await sendImrJson('DELETE', actionPlanApiPath(plan.reviewId, `/actions/${action.id}?revision=${action.revision}`))
      navigate(back, { flash: 'The action was deleted' })
    } catch (error) {
      setProblem(asApiError(error))
      setSending(false)
    }
  }

  return (
    <>
      {problem?.code === 'edit_conflict' ? <ActionConflict what="delete" onReload={reload} /> : problem && <ProblemPanel title="The action could not be deleted" error={problem} />}
      <span className="govuk-caption-l">Action plan: {plan.title}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        Are you sure you want to delete this action?
      </h1>
      <ActionTable plan={plan} actions={[action]} caption="The action to delete" canEdit={false} />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The action is removed from the action plan and its downloads. This cannot be undone.
        </strong>
      </div>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()} disabled={sending} aria-disabled={sending}>
          Yes, delete the action
        </button>
        <a className="govuk-link" href={back} onClick={followLink}>
          No, keep it
        </a>
      </div>
    </>
  )
}

/** "Are you sure?" before an action goes, against the revision the person saw. */
export function DeleteActionPage({ plan, actionId, reload }: { plan: ActionPlanView; actionId: string; reload: () => void }) {
  const action = plan.actions.find((candidate) => candidate.id === actionId)
  if (!action) return <ActionGone reviewId={plan.reviewId} />
  return <ConfirmDelete key={action.revision} plan={plan} action={action} reload={reload} />
}
