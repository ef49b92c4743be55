/**
 * @module
 * A chronology as CSV, both ways. Reading takes UTF-8 with or without a byte order mark, quoted cells
 * with line breaks in them, and blank lines (skipped, but counted in row numbers). Writing uses the
 * import's columns and date forms, with a byte order mark so that spreadsheets read it as UTF-8, and
 * guards cells against being taken for formulas.
 */
import { CsvError, parse } from 'csv-parse/sync'
import { stringify } from 'csv-stringify/sync'
import { CHRONOLOGY_COLUMNS, type ChronologyField } from '../../shared/imr/chronologyColumns.js'
import { CHRONOLOGY_FLAGS, type ChronologyEntry } from '../../shared/imr/chronologyEntry.js'
import { formatFlag, guardFormula } from './chronologyCells.js'
import { formatChronologyDateText } from './chronologyDateText.js'
import type { ChronologyTable } from './chronologyTable.js'
import { fileRefused } from './importProblems.js'

const BYTE_ORDER_MARK = '\uFEFF'

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes)
  } catch {
    throw fileRefused('The file is not UTF-8 text. In your spreadsheet, save it as “CSV UTF-8 (comma delimited)” and import that.')
  }
}

export function readCsvTable(bytes: Uint8Array): ChronologyTable {
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '')
  if (text.trim() === '') throw fileRefused('The file is empty.')
  let records: string[][]
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: false })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    const line = 'lines' in error && typeof error.lines === 'number' ? ` near line ${error.lines}` : ''
    throw fileRefused(`The file is not valid CSV${line}: check that every cell that begins with a quotation mark ends with one.`)
  }
  const [header = [], ...rest] = records
  return {
    header,
    rows: rest.map((cells, index) => ({ row: index + 1, cells })).filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  }
}

function cellOf(entry: ChronologyEntry, field: ChronologyField): string {
  if ((CHRONOLOGY_FLAGS as readonly string[]).includes(field)) return formatFlag(entry.flags[field as (typeof CHRONOLOGY_FLAGS)[number]])
  if (field === 'date') return formatChronologyDateText(entry.date)
  if (field === 'time') return entry.time ?? ''
  return guardFormula(entry[field as 'practitionerRole' | 'event' | 'source' | 'impact' | 'actionTaken'])
}

export function writeChronologyCsv(entries: readonly ChronologyEntry[]): string {
  const records = [CHRONOLOGY_COLUMNS.map((column) => column.name), ...entries.map((entry) => CHRONOLOGY_COLUMNS.map((column) => cellOf(entry, column.field)))]
  return `${BYTE_ORDER_MARK}${stringify(records, { record_delimiter: 'windows' })}`
}
