/**
 * @module
 * The three key dates as a form holds them (day, month and year boxes each), checked together.
 */
import type { Review } from '../../shared/api/reviews'
import type { FieldProblem } from '../api/http'
import { checkDate, partsFromIso, type DatePart, type DateParts } from '../forms/dateParts'
import { dateInputId } from '../forms/DateInputField'
import type { FormError } from '../forms/ErrorSummary'
import { KEY_DATE_LABELS } from './KeyDates'
import { isDecisionBeforeNotification } from '../../shared/reviews/statutoryClock'

export type KeyDateKey = keyof typeof KEY_DATE_LABELS
export const KEY_DATE_KEYS = Object.keys(KEY_DATE_LABELS) as KeyDateKey[]

export type KeyDateParts = Record<KeyDateKey, DateParts>
export type KeyDateErrors = Partial<Record<KeyDateKey, { message: string; parts: DatePart[] }>>

const SENTENCE_NAMES: Record<KeyDateKey, string> = {
  notification: 'Date of notification',
  decision: 'Date of the decision',
  panelFirstMeeting: 'Date of the first panel meeting',
}

export const keyDateFieldId = (key: KeyDateKey): string => `dates-${key}`

export function keyDatePartsOf(dates: Review['dates']): KeyDateParts {
  return { notification: partsFromIso(dates.notification), decision: partsFromIso(dates.decision), panelFirstMeeting: partsFromIso(dates.panelFirstMeeting) }
}

export function checkKeyDates(parts: KeyDateParts): { dates: Review['dates'] | null; errors: KeyDateErrors } {
  const errors: KeyDateErrors = {}
  const dates: Review['dates'] = { notification: null, decision: null, panelFirstMeeting: null }
  for (const key of KEY_DATE_KEYS) {
    const checked = checkDate(parts[key], SENTENCE_NAMES[key])
    if (checked.ok) dates[key] = checked.iso
    else errors[key] = { message: checked.message, parts: checked.parts }
  }
  if (!errors.decision && isDecisionBeforeNotification(dates)) {
    errors.decision = { message: 'Date of the decision must be the same as or after the date of notification', parts: ['day', 'month', 'year'] }
  }
  return { dates: Object.keys(errors).length === 0 ? dates : null, errors }
}

/** The server's problems with the key dates (paths such as `dates.decision`), each beside its date. */
export function keyDateErrorsFrom(problems: FieldProblem[]): KeyDateErrors {
  const errors: KeyDateErrors = {}
  for (const problem of problems) {
    const key = KEY_DATE_KEYS.find((candidate) => problem.path === `dates.${candidate}`)
    if (key) errors[key] ??= { message: problem.message, parts: ['day', 'month', 'year'] }
  }
  return errors
}

export function keyDateSummary(errors: KeyDateErrors): FormError[] {
  return KEY_DATE_KEYS.flatMap((key) => {
    const error = errors[key]
    return error ? [{ href: dateInputId(keyDateFieldId(key), error.parts[0]), text: error.message }] : []
  })
}
