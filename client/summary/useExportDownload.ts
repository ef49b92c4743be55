/**
 * @module
 * A click on an export's link that fetches the file first, so that a refusal can be shown on the page
 * (`onOutcome`). A click with a modifier key, or another button, is left to the browser; one download
 * at a time.
 */
import { useState, type MouseEvent } from 'react'
import { downloadExport, type DownloadOutcome } from './downloadExport'

export interface ExportDownload {
  /** The file being checked and prepared, if any. */
  busy: string | null
  download: (event: MouseEvent<HTMLAnchorElement>, file: string) => void
}

export function useExportDownload(reviewId: string, onOutcome: (outcome: DownloadOutcome) => void): ExportDownload {
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
  return { busy, download: (event, file) => void download(event, file) }
}
