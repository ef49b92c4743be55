/**
 * @module
 * The cells of a chronology file other than dates: yes/no flags, times, and text, which export
 * guards against spreadsheet formulas (a cell beginning with = + - or @ gets an apostrophe before it,
 * as spreadsheets themselves do) and import reads back without that apostrophe.
 */

const YES = new Set(['yes', 'y', 'true', '1'])
const NO = new Set(['no', 'n', 'false', '0', ''])

/** True or false, or null for text that is neither yes nor no. */
export function parseFlag(cell: string): boolean | null {
  const text = cell.trim().toLowerCase()
  if (YES.has(text)) return true
  if (NO.has(text)) return false
  return null
}

export function formatFlag(value: boolean): string {
  return value ? 'yes' : 'no'
}

/** `9:30` and `09:30:00` (as spreadsheets write times) are read as `09:30`; empty is no time. Anything else is left for validation. */
export function parseTime(cell: string): string | null {
  const text = cell.trim()
  if (text === '') return null
  const match = /^(\d{1,2}):(\d{2})(?::00)?$/.exec(text)
  return match ? `${match[1].padStart(2, '0')}:${match[2]}` : text
}

// Apostrophes already there are counted, so that text which itself begins with one comes back whole.
const FORMULA_START = /^'*[=+\-@]/

export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

export function unguardFormula(text: string): string {
  return /^'+[=+\-@]/.test(text) ? text.slice(1) : text
}
