/**
 * @module
 * The panel shown when someone else changed a record (a chronology entry, an action) first: the
 * server answered 409 `edit_conflict`, nothing was saved, and the latest version is a click away.
 */
import { useEffect, useRef } from 'react'

const explanation = (subject: string, what: 'change' | 'delete'): string =>
  what === 'change'
    ? `Your changes have not been saved, so that theirs are not lost. Copy anything you want to keep, reload the ${subject} to see it as it is now, then make your changes again.`
    : `The ${subject} has not been deleted. Reload it to see it as it is now, then decide whether to delete it.`

/** `subject`: what was being changed, in the words of the page ("entry", "action"). */
export function EditConflict({ subject, what, onReload }: { subject: string; what: 'change' | 'delete'; onReload: () => void }) {
  const panel = useRef<HTMLDivElement>(null)
  useEffect(() => panel.current?.focus(), [])
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" data-testid="edit-conflict" tabIndex={-1} ref={panel}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">Someone changed this {subject} since you opened it</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{explanation(subject, what)}</p>
          <button type="button" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0" onClick={onReload}>
            Reload the {subject}
          </button>
        </div>
      </div>
    </div>
  )
}
