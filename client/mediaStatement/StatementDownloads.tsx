import { useState, type MouseEvent } from 'react'
import { MediaStatementViewSchema } from '../../shared/api/mediaStatement'
import { useResource } from '../api/useResource'
import { downloadExport, exportPath, type DownloadOutcome } from '../summary/downloadExport'
import { SummaryWarnings } from '../summary/SummaryWarnings'
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
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<Exclude<DownloadOutcome, { kind: 'saved' }> | null>(null)
  const download = async (event: MouseEvent<HTMLAnchorElement>, file: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    if (busy) return
    setBusy(file)
    try {
      const outcome = await downloadExport(reviewId, file)
      setProblem(outcome.kind === 'saved' ? null : outcome)
      check.reload()
    } finally {
      setBusy(null)
    }
  }
  return (
    <section aria-labelledby="statement-downloads-heading">
      <h2 className="govuk-heading-s" id="statement-downloads-heading">
        Download the media statement
      </h2>
      {problem && <StatementRefusal problem={problem} />}
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
        <ul className="govuk-list">
          {STATEMENT_FILES.map(({ file, label }) => (
            <li key={file}>
              <a className="govuk-link" href={exportPath(reviewId, file)} download={file} onClick={(event) => void download(event, file)}>
                {label}
              </a>
              {busy === file && <span className="govuk-body-s app-muted"> Checking and preparing the file…</span>}
            </li>
          ))}
        </ul>
      ) : (
        <p className="govuk-body-s">The author and the communications lead download the statement.</p>
      )}
      <p className="govuk-visually-hidden" role="status">
        {busy ? 'Checking and preparing the file…' : ''}
      </p>
    </section>
  )
}
