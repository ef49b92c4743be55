/**
 * @module
 * The parts of a downloads section: the list of an export's files, each link checked first
 * (`useExportDownload`), and the status line that tells a screen reader a file is being prepared.
 */
import { exportPath } from './downloadExport'
import type { ExportDownload } from './useExportDownload'

export function ExportFileLinks({ reviewId, files, exportDownload: { busy, download } }: { reviewId: string; files: readonly { file: string; label: string }[]; exportDownload: ExportDownload }) {
  return (
    <ul className="govuk-list">
      {files.map(({ file, label }) => (
        <li key={file}>
          <a className="govuk-link" href={exportPath(reviewId, file)} download={file} onClick={(event) => download(event, file)}>
            {label}
          </a>
          {busy === file && <span className="govuk-body-s app-muted"> Checking and preparing the file…</span>}
        </li>
      ))}
    </ul>
  )
}

/** Always there, so that a screen reader hears the text when it comes; `visible`: shown on the page too, while busy. */
export function PreparingStatus({ busy, text = 'Checking and preparing the file…', visible = false }: { busy: boolean; text?: string; visible?: boolean }) {
  return (
    <p className={visible && busy ? 'govuk-body-s app-muted' : 'govuk-visually-hidden'} role="status">
      {busy ? text : ''}
    </p>
  )
}
