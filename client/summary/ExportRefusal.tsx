import { useEffect, useRef } from 'react'
import type { DownloadOutcome } from './downloadExport'
import { LeakFindingItem } from './LeakFindings'

type Problem = Exclude<DownloadOutcome, { kind: 'saved' }>

const leakSentence = (count: number) =>
  count === 1
    ? 'The leak check found 1 thing in it that could identify someone. It must be redacted in the report first.'
    : `The leak check found ${count} things in it that could identify someone. They must be redacted in the report first.`

/** A download the server refused, in the GOV.UK error summary: why, and each finding as the API gave it. Takes focus when it appears. */
export function ExportRefusal({ reviewId, problem }: { reviewId: string; problem: Problem }) {
  const summary = useRef<HTMLDivElement>(null)
  useEffect(() => summary.current?.focus(), [problem])
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
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
        </div>
      </div>
    </div>
  )
}
