/**
 * @module
 * The chronology import form: which file, and whether it replaces the chronology or adds to it. A
 * refused file comes back with its problems row by row, each said as "Row 3, column date: …".
 */
import type { ImportMode, ImportProblem } from '../../shared/api/imrs'
import { MAX_IMPORT_BYTES } from '../../shared/imr/chronologyColumns'
import type { FormError } from '../forms/ErrorSummary'

export const IMPORT_FILE_ID = 'import-file'
export const IMPORT_MODE_ID = 'import-mode'
/** More problems than this are counted, not listed: the first ones usually show what is wrong. */
export const MAX_LISTED_PROBLEMS = 20

export interface ImportValues {
  file: File | null
  mode: ImportMode | null
}

export type ImportErrors = { file?: string; mode?: string; problems?: ImportProblem[] }

const ACCEPTED = /\.(csv|docx)$/i

export const MAX_IMPORT_SIZE = `${Math.round(MAX_IMPORT_BYTES / (1024 * 1024))}MB`

export function checkImport(values: Pick<ImportValues, 'mode'> & { file: Pick<File, 'name' | 'size'> | null }): ImportErrors {
  const errors: ImportErrors = {}
  if (!values.file) errors.file = 'Select a CSV file or a Word document (.docx)'
  else if (!ACCEPTED.test(values.file.name)) errors.file = 'The selected file must be a CSV file or a Word document (.docx)'
  else if (values.file.size === 0) errors.file = 'The selected file is empty'
  else if (values.file.size > MAX_IMPORT_BYTES) errors.file = `The selected file must be smaller than ${MAX_IMPORT_SIZE}`
  if (!values.mode) errors.mode = 'Select whether the file replaces the chronology or adds to it'
  return errors
}

/** The server's refusal of a file, beside the field it is about. `problems`: each row's, for `import_failed`. */
export function importErrorsFrom(error: { code: string; message: string; fields: { path: string; message: string }[]; problems: ImportProblem[] }): ImportErrors {
  if (error.code === 'import_failed' && error.problems.length > 0) return { problems: error.problems }
  if (error.code === 'payload_too_large') return { file: `The selected file must be smaller than ${MAX_IMPORT_SIZE}` }
  if (error.code === 'unsupported_media_type') return { file: 'The selected file must be a CSV file or a Word document (.docx)' }
  const mode = error.fields.find((field) => field.path === 'mode')
  if (mode) return { mode: mode.message }
  return { file: error.message }
}

/** Row 0 is the header row. */
export function describeImportProblem({ row, column, message }: ImportProblem): string {
  const where = row === 0 ? 'Header row' : `Row ${row}`
  return column ? `${where}, column ${column}: ${message}` : `${where}: ${message}`
}

/** Every problem of the file links to the file input, where the person chooses the corrected file. */
export function importSummary(errors: ImportErrors): FormError[] {
  const problems = errors.problems ?? []
  const listed = problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => ({ href: IMPORT_FILE_ID, text: describeImportProblem(problem) }))
  const more = problems.length - listed.length
  return [
    ...(errors.file ? [{ href: IMPORT_FILE_ID, text: errors.file }] : []),
    ...(errors.mode ? [{ href: IMPORT_MODE_ID, text: errors.mode }] : []),
    ...listed,
    ...(more > 0 ? [{ href: IMPORT_FILE_ID, text: `And ${more} more ${more === 1 ? 'problem' : 'problems'}: correct the ones above, then import the file again to see the rest` }] : []),
  ]
}

export function importedMessage(imported: number): string {
  return imported === 1 ? '1 entry imported' : `${imported} entries imported`
}
