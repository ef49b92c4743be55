import type { DownloadProblem } from './downloadExport'
import { LeakFindingItem } from './LeakFindings'
import { RefusalSummary } from './RefusalSummary'

const leakSentence = (count: number) =>
  count === 1
    ? 'The leak check found 1 thing in it that could identify someone. It must be redacted in the report first.'
    : `The leak check found ${count} things in it that could identify someone. They must be redacted in the report first.`

/** A download the server refused, in the GOV.UK error summary: why, and each finding as the API gave it. Takes focus when it appears. */
export function ExportRefusal({ reviewId, problem }: { reviewId: string; problem: DownloadProblem }) {
  return (
    <RefusalSummary problem={problem}>
      {problem.kind === 'refused' ? (
        <>
          <p className="govuk-body">
            The {problem.file} was not downloaded. {leakSentence(problem.details.findingCount)}
          </p>
          <ul className="govuk-list govuk-error-summary__list">
            {problem.details.findings.map((finding, index) => (
              <li key={index}>
                <LeakFindingItem reviewId={reviewId} finding={finding} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="govuk-body">{problem.message}</p>
      )}
    </RefusalSummary>
  )
}
