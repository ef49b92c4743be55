/**
 * @module
 * An imported chronology file, from its Content-Type and bytes to entries: CSV or a Word document,
 * anything else refused with 415. All or nothing: `import_failed` with every problem, or every entry.
 */
import { CHRONOLOGY_IMPORT_TYPES, type ChronologyImportFormat } from '../../shared/api/imrs.js'
import type { ChronologyEntryFields } from '../../shared/imr/chronologyEntry.js'
import { AppError } from '../errors.js'
import { readCsvTable } from './chronologyCsv.js'
import { readDocxTable } from './chronologyDocx.js'
import { readChronologyTable } from './chronologyTable.js'

export function importFormatOf(contentType: string | undefined): ChronologyImportFormat {
  const [mediaType = '', ...parameters] = (contentType ?? '').split(';').map((part) => part.trim().toLowerCase())
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '')
  if (mediaType === CHRONOLOGY_IMPORT_TYPES.csv && (charset === undefined || charset === 'utf-8' || charset === 'utf8')) return 'csv'
  if (mediaType === CHRONOLOGY_IMPORT_TYPES.docx) return 'docx'
  throw new AppError(
    'unsupported_media_type',
    415,
    `Send the chronology as CSV in UTF-8 (Content-Type: ${CHRONOLOGY_IMPORT_TYPES.csv}) or as a Word document (Content-Type: ${CHRONOLOGY_IMPORT_TYPES.docx}).`,
  )
}

export async function readChronologyFile(format: ChronologyImportFormat, bytes: Uint8Array): Promise<ChronologyEntryFields[]> {
  const table = format === 'csv' ? readCsvTable(bytes) : await readDocxTable(bytes)
  return readChronologyTable(table)
}
