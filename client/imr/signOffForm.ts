/**
 * @module
 * Recording an IMR's sign-off: the name and role of the agency's chief executive (or equivalent) who
 * signed it off, and the date they did.
 */
import { SignOffSchema, type SignOff } from '../../shared/imr/imrDetails'
import type { FieldProblem } from '../api/http'
import { checkDate, type DateParts } from '../forms/dateParts'
import { dateInputId } from '../forms/DateInputField'
import type { FormError } from '../forms/ErrorSummary'
import type { DateError } from './chronologyEntryForm'

export interface SignOffValues {
  name: string
  role: string
  date: DateParts
}

export const EMPTY_SIGN_OFF: SignOffValues = { name: '', role: '', date: { day: '', month: '', year: '' } }

export type SignOffErrors = { name?: string; role?: string; date?: DateError }

export const signOffFieldId = (field: keyof SignOffValues): string => `sign-off-${field}`

/** `today`: `YYYY-MM-DD`; a sign-off cannot be recorded before it happened. */
export function checkSignOff(values: SignOffValues, today: string): { signOff: SignOff | null; errors: SignOffErrors } {
  const errors: SignOffErrors = {}
  if (!values.name.trim()) errors.name = 'Enter the name of the person who signed the IMR off'
  if (!values.role.trim()) errors.role = 'Enter their role, such as Chief Executive'
  const date = checkDate(values.date, 'Date of sign-off', { required: true })
  if (!date.ok) errors.date = { message: date.message, parts: date.parts }
  else if (date.iso && date.iso > today) errors.date = { message: 'Date of sign-off must be today or in the past', parts: ['day', 'month', 'year'] }
  if (Object.keys(errors).length > 0 || !date.ok) return { signOff: null, errors }
  const parsed = SignOffSchema.safeParse({ name: values.name, role: values.role, date: date.iso })
  if (parsed.success) return { signOff: parsed.data, errors }
  return { signOff: null, errors: signOffErrorsFrom(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))) }
}

/** The server's problems, under `signOff.` in a status change. */
export function signOffErrorsFrom(problems: FieldProblem[]): SignOffErrors {
  const errors: SignOffErrors = {}
  for (const problem of problems) {
    const field = problem.path.replace(/^signOff\./, '').split('.')[0]
    if (field === 'date') errors.date ??= { message: problem.message, parts: ['day', 'month', 'year'] }
    else if (field === 'name' || field === 'role') errors[field] ??= problem.message
  }
  return errors
}

export function signOffSummary(errors: SignOffErrors): FormError[] {
  return [
    ...(errors.name ? [{ href: signOffFieldId('name'), text: errors.name }] : []),
    ...(errors.role ? [{ href: signOffFieldId('role'), text: errors.role }] : []),
    ...(errors.date ? [{ href: dateInputId(signOffFieldId('date'), errors.date.parts[0]), text: errors.date.message }] : []),
  ]
}
