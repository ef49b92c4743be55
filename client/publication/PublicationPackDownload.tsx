import { useState } from 'react'
import { PUBLICATION_PACK_FILE, type PackSource } from '../../shared/api/publicationPack'
import type { Review } from '../../shared/api/reviews'
import { exportPath, type DownloadOutcome } from '../summary/downloadExport'
import { PreparingStatus } from '../summary/ExportLinks'
import { useExportDownload } from '../summary/useExportDownload'
import { PublicationPackReadiness, usePackCheckRound } from './PublicationPackReadiness'

/**
 * The one download of everything published together: the executive summary (PDF and Word), the board's
 * response with the action plan summary, and the media statement; with whether each file is ready,
 * checked before anyone downloads. A refusal comes back through `onOutcome`, for the page to show as it
 * shows the summary's, and the check is made again. The check renders every file (the PDF takes about a
 * second on a long report), so a page where the pack is not the point (`checkOnOpen` false) makes it
 * only when asked.
 */
export function PublicationPackDownload({
  review,
  onPage,
  onOutcome,
  checkOnOpen = true,
}: {
  review: Pick<Review, 'id' | 'capabilities'>
  onPage?: PackSource
  onOutcome: (outcome: DownloadOutcome) => void
  checkOnOpen?: boolean
}) {
  const [round, checkAgain] = usePackCheckRound()
  const [checking, setChecking] = useState(checkOnOpen)
  const { busy, download } = useExportDownload(review.id, (outcome) => {
    onOutcome(outcome)
    if (outcome.kind === 'refused') {
      setChecking(true)
      checkAgain()
    }
  })
  return (
    <section aria-labelledby="publication-pack-heading">
      <h2 className="govuk-heading-m" id="publication-pack-heading">
        Publication pack
      </h2>
      <p className="govuk-body">One zip file with the executive summary (PDF and Word), the board’s response and action plan summary, and the media statement.</p>
      <p className="govuk-body">Every file is checked for names and identifiers first. If any of them has something that could identify someone, nothing is given out.</p>
      {checking && <PublicationPackReadiness reviewId={review.id} capabilities={review.capabilities} onPage={onPage} round={round} />}
      <div className="govuk-button-group">
        <a className="govuk-button govuk-button--secondary" role="button" draggable="false" href={exportPath(review.id, PUBLICATION_PACK_FILE)} download={PUBLICATION_PACK_FILE} onClick={(event) => download(event, PUBLICATION_PACK_FILE)}>
          Download the publication pack (.zip)
        </a>
        <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={checking ? checkAgain : () => setChecking(true)}>
          {checking ? 'Check again' : 'Check whether it is ready'}
        </button>
      </div>
      <PreparingStatus busy={busy !== null} text="Checking and preparing the publication pack…" visible />
    </section>
  )
}
