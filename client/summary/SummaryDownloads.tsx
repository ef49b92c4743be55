import { EXPORT_FILES, type DownloadOutcome } from './downloadExport'
import { ExportFileLinks, PreparingStatus } from './ExportLinks'
import { useExportDownload } from './useExportDownload'

/** Links to each export; a click fetches it, so that a refusal can be shown on the page (`onOutcome`). */
export function SummaryDownloads({ reviewId, onOutcome }: { reviewId: string; onOutcome: (outcome: DownloadOutcome) => void }) {
  const exportDownload = useExportDownload(reviewId, onOutcome)
  return (
    <section aria-labelledby="downloads-heading">
      <h2 className="govuk-heading-m" id="downloads-heading">
        Download the executive summary
      </h2>
      <p className="govuk-body">Each file is checked for names and identifiers before it is given out.</p>
      <ExportFileLinks reviewId={reviewId} files={EXPORT_FILES} exportDownload={exportDownload} />
      <PreparingStatus busy={exportDownload.busy !== null} />
    </section>
  )
}
