/**
 * @module
 * Downloads one public export of the executive summary. The server checks the file before it lets
 * it go; a refusal (409 `leak_check_failed`) comes back with the findings as the API gives them (their
 * text and place only for those who may read the report), for the page to show.
 */
import { ErrorBodySchema } from '../../shared/api/errors'
import { LeakCheckDetailsSchema, type LeakCheckDetails } from '../../shared/api/summary'

export const EXPORT_FILES = [
  { file: 'executive-summary.html', label: 'Web page (HTML)' },
  { file: 'executive-summary.md', label: 'Markdown' },
  { file: 'executive-summary.docx', label: 'Word document (.docx)' },
  { file: 'executive-summary.pdf', label: 'PDF' },
] as const

export const exportPath = (reviewId: string, file: string): string => `/api/reviews/${reviewId}/exports/${file}`

export type DownloadOutcome = { kind: 'saved' } | { kind: 'refused'; file: string; message: string; details: LeakCheckDetails } | { kind: 'failed'; file: string; message: string }

/** A download that did not happen: refused by the leak check, or failed. */
export type DownloadProblem = Exclude<DownloadOutcome, { kind: 'saved' }>

function save(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = file
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

export function downloadExport(reviewId: string, file: string): Promise<DownloadOutcome> {
  return downloadFrom(exportPath(reviewId, file), file)
}

/** Fetches `url` and saves it as `file`, or says why it could not (a refusal with its findings, or the server's message). */
export async function downloadFrom(url: string, file: string): Promise<DownloadOutcome> {
  let response: Response
  try {
    response = await fetch(url, { credentials: 'same-origin' })
  } catch {
    return { kind: 'failed', file, message: 'The server could not be reached. Check your connection and try again.' }
  }
  if (response.ok) {
    save(await response.blob(), file)
    return { kind: 'saved' }
  }
  const problem = ErrorBodySchema.safeParse(await response.json().catch(() => null))
  if (!problem.success) return { kind: 'failed', file, message: `The ${file} could not be made (the server answered ${response.status}). Try again.` }
  const { code, message, details } = problem.data.error
  const leak = LeakCheckDetailsSchema.safeParse(details)
  if (code === 'leak_check_failed' && leak.success) return { kind: 'refused', file, message, details: leak.data }
  return { kind: 'failed', file, message }
}
