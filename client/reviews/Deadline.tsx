import type { ClockStep } from '../../shared/reviews/statutoryClock'
import { deadlineText } from './clock'

/** A due date in words, with a red "Overdue" tag when it has passed. */
export function Deadline({ step }: { step: ClockStep }) {
  return (
    <>
      {step.state === 'overdue' && <strong className="govuk-tag govuk-tag--red app-tag--inline">Overdue</strong>}
      {deadlineText(step)}
    </>
  )
}
