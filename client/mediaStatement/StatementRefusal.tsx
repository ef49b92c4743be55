import type { DownloadProblem } from '../summary/downloadExport'
import { RefusalSummary } from '../summary/RefusalSummary'

/** A download of the statement that the server refused, in the GOV.UK error summary; takes focus when it appears. */
export function StatementRefusal({ problem }: { problem: DownloadProblem }) {
  return (
    <RefusalSummary problem={problem}>
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
    </RefusalSummary>
  )
}
