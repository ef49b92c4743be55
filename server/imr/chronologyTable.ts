/**
 * @module
 * From a table read out of a file (a CSV, or a table in a Word document) to chronology entries: the
 * first row names the columns (`chronologyColumns.ts`), each other row is one entry, checked with the
 * same schema as an entry typed in. Every problem of every row is gathered; the caller stores the
 * entries only when there is none.
 */
import type { ImportProblem } from '../../shared/api/imrs.js'
import { MAX_IMPORT_ROWS, findColumn, CHRONOLOGY_COLUMNS, type ChronologyField } from '../../shared/imr/chronologyColumns.js'
import { CHRONOLOGY_FLAGS, ChronologyEntryFieldsSchema, type ChronologyEntryFields, type ChronologyFlag } from '../../shared/imr/chronologyEntry.js'
import { parseFlag, parseTime, unguardFormula } from './chronologyCells.js'
import { parseChronologyDate } from './chronologyDateText.js'
import { fileRefused, importFailed } from './importProblems.js'

export interface TableRow {
  /** 1 for the first row after the column names; blank rows count, so the numbers match the file. */
  row: number
  cells: string[]
}

export interface ChronologyTable {
  header: string[]
  /** Rows with text in at least one cell. */
  rows: TableRow[]
}

const FLAG_FIELDS = new Set<string>(CHRONOLOGY_FLAGS)
const isFlag = (field: ChronologyField): field is ChronologyFlag => FLAG_FIELDS.has(field)
const PLACEHOLDER_DATE = { precision: 'day', date: '2000-01-01' } as const

/** Which column of the file holds each field; problems with the column names are row 0's. */
function mapColumns(table: ChronologyTable, problems: ImportProblem[]): Map<ChronologyField, { index: number; header: string }> {
  const columns = new Map<ChronologyField, { index: number; header: string }>()
  const known = CHRONOLOGY_COLUMNS.map((column) => column.name).join(', ')
  table.header.forEach((cell, index) => {
    const header = cell.trim()
    if (header === '') {
      if (table.rows.some((row) => (row.cells[index] ?? '').trim() !== '')) problems.push({ row: 0, column: null, message: `Column ${index + 1} has no name, but has text under it. Name it, or remove it.` })
      return
    }
    const column = findColumn(header)
    if (!column) problems.push({ row: 0, column: header, message: `“${header}” is not a chronology column. The columns are: ${known}.` })
    else if (columns.has(column.field)) problems.push({ row: 0, column: header, message: `The column “${column.name}” is named twice.` })
    else columns.set(column.field, { index, header })
  })
  for (const column of CHRONOLOGY_COLUMNS) {
    if (column.required && !columns.has(column.field)) problems.push({ row: 0, column: column.name, message: `The file has no “${column.name}” column, which every chronology needs. ${column.description}` })
  }
  return columns
}

function readRow(row: TableRow, columns: Map<ChronologyField, { index: number; header: string }>, width: number, problems: ImportProblem[]): ChronologyEntryFields | null {
  const found: ImportProblem[] = []
  const cell = (field: ChronologyField) => {
    const column = columns.get(field)
    return column ? unguardFormula((row.cells[column.index] ?? '').trim()) : ''
  }
  const columnName = (field: ChronologyField) => columns.get(field)?.header ?? CHRONOLOGY_COLUMNS.find((column) => column.field === field)?.name ?? field
  if (row.cells.slice(width).some((extra) => extra.trim() !== '')) found.push({ row: row.row, column: null, message: 'This row has text in more cells than the first row names columns.' })

  const date = parseChronologyDate(cell('date'))
  if ('problem' in date) found.push({ row: row.row, column: columnName('date'), message: date.problem })
  const flags = Object.fromEntries(
    CHRONOLOGY_FLAGS.map((flag) => {
      const value = parseFlag(cell(flag))
      if (value === null) found.push({ row: row.row, column: columnName(flag), message: `Write yes or no (or leave it empty for no), not “${cell(flag).slice(0, 40)}”.` })
      return [flag, value ?? false]
    }),
  )
  const parsed = ChronologyEntryFieldsSchema.safeParse({
    date: 'date' in date ? date.date : PLACEHOLDER_DATE,
    time: parseTime(cell('time')),
    practitionerRole: cell('practitionerRole'),
    event: cell('event'),
    source: cell('source'),
    impact: cell('impact'),
    actionTaken: cell('actionTaken'),
    flags,
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [first, second] = issue.path
      const field = (first === 'flags' && typeof second === 'string' ? second : String(first)) as ChronologyField
      if (field === 'date' || (isFlag(field) && found.some((problem) => problem.column === columnName(field)))) continue
      found.push({ row: row.row, column: columnName(field), message: issue.message })
    }
  }
  problems.push(...found)
  return parsed.success && found.length === 0 ? parsed.data : null
}

/** The entries of the table; refuses it with every problem found (`import_failed`) when there is any. */
export function readChronologyTable(table: ChronologyTable): ChronologyEntryFields[] {
  if (table.header.every((cell) => cell.trim() === '')) throw fileRefused('The file is empty: it has no column names and no rows.')
  if (table.rows.length > MAX_IMPORT_ROWS) {
    throw fileRefused(`The file has ${table.rows.length.toLocaleString('en-GB')} rows; a chronology import takes at most ${MAX_IMPORT_ROWS.toLocaleString('en-GB')}. Split it into several files and import each one, adding it to the chronology.`)
  }
  const problems: ImportProblem[] = []
  const columns = mapColumns(table, problems)
  if (problems.length > 0) throw importFailed(problems)
  if (table.rows.length === 0) throw fileRefused('The file has column names but no rows under them.')
  const entries: ChronologyEntryFields[] = []
  for (const row of table.rows) {
    const fields = readRow(row, columns, table.header.length, problems)
    if (fields) entries.push(fields)
  }
  if (problems.length > 0) throw importFailed(problems)
  return entries
}
