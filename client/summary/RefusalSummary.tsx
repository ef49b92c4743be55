/**
 * @module
 * The GOV.UK error summary around a download that did not happen (its body says why); it takes focus
 * each time a new problem appears.
 */
import { useEffect, useRef, type ReactNode } from 'react'
import type { DownloadProblem } from './downloadExport'

export function RefusalSummary({ problem, children }: { problem: DownloadProblem; children: ReactNode }) {
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => summary.current?.focus(), [problem])
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">{children}</div>
      </div>
    </div>
  )
}
