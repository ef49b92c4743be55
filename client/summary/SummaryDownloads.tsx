import { useState, type MouseEvent } from 'react'
import { downloadExport, EXPORT_FILES, exportPath, type DownloadOutcome } from './downloadExport'

/** Links to each export; a click fetches it, so that a refusal can be shown on the page (`onOutcome`). */
export function SummaryDownloads({ reviewId, onOutcome }: { reviewId: string; onOutcome: (outcome: DownloadOutcome) => void }) {
  const [busy, setBusy] = useState<string | null>(null)
  const download = async (event: MouseEvent<HTMLAnchorElement>, file: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    if (busy) return
    setBusy(file)
    try {
      onOutcome(await downloadExport(reviewId, file))
    } finally {
      setBusy(null)
    }
  }
  return (
    <section aria-labelledby="downloads-heading">
      <h2 className="govuk-heading-m" id="downloads-heading">
        Download the executive summary
      </h2>
      <p className="govuk-body">Each file is checked for names and identifiers before it is given out.</p>
      <ul className="govuk-list">
        {EXPORT_FILES.map(({ file, label }) => (
          <li key={file}>
            <a className="govuk-link" href={exportPath(reviewId, file)} download={file} onClick={(event) => void download(event, file)}>
              {label}
            </a>
            {busy === file && <span className="govuk-body-s app-muted"> Checking and preparing the file…</span>}
          </li>
        ))}
      </ul>
      <p className="govuk-visually-hidden" role="status">
        {busy ? 'Checking and preparing the file…' : ''}
      </p>
    </section>
  )
}
