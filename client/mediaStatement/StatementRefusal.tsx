import { useEffect, useRef } from 'react'
import type { DownloadOutcome } from '../summary/downloadExport'

type Problem = Exclude<DownloadOutcome, { kind: 'saved' }>

/** A download of the statement that the server refused, in the GOV.UK error summary; takes focus when it appears. */
export function StatementRefusal({ problem }: { problem: Problem }) {
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => summary.current?.focus(), [problem])
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{problem.kind === 'refused' ? `The ${problem.file} was not downloaded. ${problem.message}` : problem.message}</p>
          {problem.kind === 'refused' && (
            <ul className="govuk-list govuk-error-summary__list">
              {problem.details.findings.map((finding, index) => (
                <li key={index} className="govuk-body-s">
                  {finding.text ? `“${finding.text}”: ` : ''}
                  {finding.label.toLowerCase()} (in the {finding.part})
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  )
}
