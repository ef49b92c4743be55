import { useEffect, useRef } from 'react'
import { ProblemPage } from '../app/ProblemPage'
import { actionPlanPath } from '../app/router'

const EXPLANATIONS = {
  change: 'Your changes have not been saved, so that theirs are not lost. Copy anything you want to keep, reload the action to see it as it is now, then make your changes again.',
  delete: 'The action has not been deleted. Reload it to see it as it is now, then decide whether to delete it.',
} as const

/** Someone else changed the action first (409 `edit_conflict`): nothing was saved, and the latest version is a click away. */
export function ActionConflict({ what, onReload }: { what: keyof typeof EXPLANATIONS; onReload: () => void }) {
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => panel.current?.focus(), [])
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" data-testid="edit-conflict" tabIndex={-1} ref={panel}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">Someone changed this action since you opened it</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{EXPLANATIONS[what]}</p>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onReload}>
            Reload the action
          </button>
        </div>
      </div>
    </div>
  )
}

/** An action that is not (or no longer) in the plan. */
export function ActionGone({ reviewId }: { reviewId: string }) {
  return (
    <ProblemPage title="Action not found" back={{ href: actionPlanPath(reviewId), text: 'Go to the action plan' }}>
      <p className="govuk-body">This action is not in the action plan. Someone may have deleted it.</p>
    </ProblemPage>
  )
}
