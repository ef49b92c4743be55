import { useState } from 'react'
import { MediaStatementViewSchema } from '../../shared/api/mediaStatement'
import { useResource } from '../api/useResource'
import { Loading } from '../app/ProblemPanel'
import type { DownloadProblem } from '../summary/downloadExport'
import { ExportFileLinks, PreparingStatus } from '../summary/ExportLinks'
import { SummaryWarnings } from '../summary/SummaryWarnings'
import { useExportDownload } from '../summary/useExportDownload'
import { StatementRefusal } from './StatementRefusal'

export const STATEMENT_FILES = [
  { file: 'media-statement.docx', label: 'Word document (.docx)' },
  { file: 'media-statement.html', label: 'Web page (HTML)' },
  { file: 'media-statement.md', label: 'Markdown' },
] as const

/**
 * The server's leak check of the statement as it is stored now, and its files: each is checked again
 * when it is downloaded, and a refusal says what was found (its words where they are in the statement).
 */
export function StatementDownloads({ reviewId, canDownload }: { reviewId: string; canDownload: boolean }) {
  const check = useResource(`/api/reviews/${reviewId}/media-statement`, MediaStatementViewSchema)
  const [problem, setProblem] = useState<DownloadProblem | null>(null)
  const exportDownload = useExportDownload(reviewId, (outcome) => {
    setProblem(outcome.kind === 'saved' ? null : outcome)
    check.reload()
  })
  return (
    <section aria-labelledby="statement-downloads-heading">
      <h2 className="govuk-heading-s" id="statement-downloads-heading">
        Download the media statement
      </h2>
      {problem && <StatementRefusal problem={problem} />}
      {check.state === 'loading' && <Loading label="Running the leak check…" />}
      {check.state === 'error' && (
        <p className="govuk-body-s" data-testid="statement-leak-check">
          The leak check could not be run: {check.error.message} Try “Check again”.
        </p>
      )}
      {check.state === 'ready' && (
        <>
          <SummaryWarnings warnings={check.data.warnings} title="Before it is published" />
          <p className="govuk-body-s" data-testid="statement-leak-check">
            {check.data.findingCount === 0
              ? 'The leak check found nothing that could identify someone in the statement as it is saved now.'
              : `The leak check found ${check.data.findingCount} ${check.data.findingCount === 1 ? 'thing' : 'things'} that could identify someone. Redact ${check.data.findingCount === 1 ? 'it' : 'them'} before downloading.`}
          </p>
        </>
      )}
      <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={check.reload}>
        Check again
      </button>
      {canDownload ? (
        <ExportFileLinks reviewId={reviewId} files={STATEMENT_FILES} exportDownload={exportDownload} />
      ) : (
        <p className="govuk-body-s">The author and the communications lead download the statement.</p>
      )}
      <PreparingStatus busy={exportDownload.busy !== null} />
    </section>
  )
}
