import { useState, type MouseEvent } from 'react'
import { downloadExport, exportPath, type DownloadOutcome } from '../summary/downloadExport'

export const PUBLICATION_PACK_FILE = 'publication-pack.zip'

/**
 * The one download of everything published together: the executive summary (PDF and Word), the board's
 * response with the action plan summary, and the media statement. A refusal comes back through
 * `onOutcome`, for the page to show as it shows the summary's.
 */
export function PublicationPackDownload({ reviewId, onOutcome }: { reviewId: string; onOutcome: (outcome: DownloadOutcome) => void }) {
  const [busy, setBusy] = useState(false)
  const download = async (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    if (busy) return
    setBusy(true)
    try {
      onOutcome(await downloadExport(reviewId, PUBLICATION_PACK_FILE))
    } finally {
      setBusy(false)
    }
  }
  return (
    <section aria-labelledby="publication-pack-heading">
      <h2 className="govuk-heading-m" id="publication-pack-heading">
        Publication pack
      </h2>
      <p className="govuk-body">One zip file with the executive summary (PDF and Word), the board’s response and action plan summary, and the media statement.</p>
      <p className="govuk-body">Every file is checked for names and identifiers first. If any of them has something that could identify someone, nothing is given out.</p>
      <a className="govuk-button govuk-button--secondary" role="button" draggable="false" href={exportPath(reviewId, PUBLICATION_PACK_FILE)} download={PUBLICATION_PACK_FILE} onClick={(event) => void download(event)}>
        Download the publication pack (.zip)
      </a>
      <p className="govuk-visually-hidden" role="status">
        {busy ? 'Checking and preparing the publication pack…' : ''}
      </p>
      {busy && <p className="govuk-body-s app-muted">Checking and preparing the publication pack…</p>}
    </section>
  )
}
