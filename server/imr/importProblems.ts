/**
 * @module
 * Why an imported chronology file was refused. Every problem of every row is gathered before anything
 * is stored, so a person can put the file right in one go; the answer is 400 `import_failed` with the
 * problems (at most 100, the last saying how many more there are) in `details`.
 */
import type { ImportProblem } from '../../shared/api/imrs.js'
import { AppError } from '../errors.js'

export const MAX_REPORTED_PROBLEMS = 100

export function describeProblem(problem: ImportProblem): string {
  const where = problem.row === 0 ? 'the first row (the column names)' : `row ${problem.row}`
  return `${where}${problem.column ? `, ${problem.column}` : ''}: ${problem.message}`
}

/** A refusal of the whole file for one reason, such as an empty file. */
export function fileRefused(message: string): AppError {
  return importFailed([{ row: 0, column: null, message }])
}

export function importFailed(problems: ImportProblem[]): AppError {
  const shown = problems.slice(0, MAX_REPORTED_PROBLEMS)
  const hidden = problems.length - shown.length
  const details = hidden > 0 ? [...shown, { row: problems[MAX_REPORTED_PROBLEMS].row, column: null, message: `And ${hidden} more problem${hidden === 1 ? '' : 's'} not listed here.` }] : shown
  const more = problems.length > 1 ? ` There ${problems.length === 2 ? 'is 1 more problem' : `are ${problems.length - 1} more problems`}, listed by row.` : ''
  return new AppError('import_failed', 400, `The chronology was not imported, and nothing was changed. In ${describeProblem(problems[0])}${more}`, details)
}
