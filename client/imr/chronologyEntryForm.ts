/**
 * @module
 * The chronology entry form's values and checks: how sure the date is, the date itself (no day for a
 * month only), an optional time, who, what, from where, and the flags. What passes here is checked
 * once more against the API's own schema, so that the form finds what the server would refuse.
 */
import type { DatePrecision } from '../../shared/imr/chronologyDate'
import { ChronologyEntryFieldsSchema, NO_FLAGS, type ChronologyEntry, type ChronologyEntryFields, type ChronologyFlags } from '../../shared/imr/chronologyEntry'
import type { FieldProblem } from '../api/http'
import { checkDate, type DatePart, type DateParts } from '../forms/dateParts'
import { dateInputId } from '../forms/DateInputField'
import type { FormError } from '../forms/ErrorSummary'

export interface EntryValues {
  precision: DatePrecision | null
  date: DateParts
  time: string
  practitionerRole: string
  event: string
  source: string
  impact: string
  actionTaken: string
  flags: ChronologyFlags
}

export const EMPTY_ENTRY: EntryValues = {
  precision: null,
  date: { day: '', month: '', year: '' },
  time: '',
  practitionerRole: '',
  event: '',
  source: '',
  impact: '',
  actionTaken: '',
  flags: NO_FLAGS,
}

const TEXT_FIELDS = ['time', 'practitionerRole', 'event', 'source', 'impact', 'actionTaken'] as const
type TextFieldName = (typeof TEXT_FIELDS)[number]

/** In the order of the form, for the error summary. */
export const ENTRY_FIELDS = ['precision', 'date', ...TEXT_FIELDS, 'flags'] as const
export type EntryField = (typeof ENTRY_FIELDS)[number]

export interface DateError {
  message: string
  parts: DatePart[]
}

export type EntryErrors = Partial<Record<Exclude<EntryField, 'date'>, string>> & { date?: DateError }

export const entryFieldId = (field: Exclude<EntryField, 'date'>): string => `entry-${field}`
export const ENTRY_DATE_ID = 'entry-date'

export function entryValuesOf(entry: ChronologyEntry): EntryValues {
  const { date } = entry
  const [year, month, day = ''] = (date.precision === 'month' ? date.month : date.date).split('-')
  return {
    precision: date.precision,
    date: { day: day ? String(Number(day)) : '', month: String(Number(month)), year },
    time: entry.time ?? '',
    practitionerRole: entry.practitionerRole,
    event: entry.event,
    source: entry.source,
    impact: entry.impact,
    actionTaken: entry.actionTaken,
    flags: entry.flags,
  }
}

/** A month and year, for a date known only to the month: `YYYY-MM`, or what is wrong with it. */
export function checkMonth(parts: DateParts): { ok: true; month: string } | ({ ok: false } & DateError) {
  const month = parts.month.trim()
  const year = parts.year.trim()
  if (!month && !year) return { ok: false, message: 'Enter the month and year', parts: ['month', 'year'] }
  if (!month) return { ok: false, message: 'Date must include a month', parts: ['month'] }
  if (!year) return { ok: false, message: 'Date must include a year', parts: ['year'] }
  if (!/^\d{4}$/.test(year)) return { ok: false, message: 'Year must include 4 numbers', parts: ['year'] }
  if (!/^\d{1,2}$/.test(month) || Number(month) < 1 || Number(month) > 12) return { ok: false, message: 'Month must be a number from 1 to 12', parts: ['month'] }
  if (Number(year) < 1900) return { ok: false, message: 'Date must be a real date', parts: ['year'] }
  return { ok: true, month: `${year}-${month.padStart(2, '0')}` }
}

/** "9:30" and "09.30" are read as 09:30; an empty time is none. */
export function normaliseTime(time: string): string | null | undefined {
  const trimmed = time.trim()
  if (!trimmed) return null
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(trimmed)
  if (!match || Number(match[1]) > 23 || Number(match[2]) > 59) return undefined
  return `${match[1].padStart(2, '0')}:${match[2]}`
}

function checkWhen(values: EntryValues, errors: EntryErrors): Pick<ChronologyEntryFields, 'date' | 'time'> | null {
  let date: ChronologyEntryFields['date'] | null = null
  if (values.precision === null) errors.precision = 'Select how sure you are of the date'
  else if (values.precision === 'month') {
    const checked = checkMonth(values.date)
    if (checked.ok) date = { precision: 'month', month: checked.month }
    else errors.date = { message: checked.message, parts: checked.parts }
  } else {
    const checked = checkDate(values.date, 'Date', { required: true })
    if (checked.ok && checked.iso) date = { precision: values.precision, date: checked.iso }
    else if (!checked.ok) errors.date = { message: checked.message, parts: checked.parts }
  }
  const time = normaliseTime(values.time)
  if (time === undefined) errors.time = 'Enter a time as HH:MM on the 24-hour clock, like 14:30, or leave it empty'
  return date && time !== undefined ? { date, time } : null
}

const REQUIRED: Partial<Record<TextFieldName, string>> = {
  practitionerRole: 'Enter the practitioner’s role, not their name',
  event: 'Enter what happened',
  source: 'Enter the source: a record, or a person’s role',
}

export function checkEntry(values: EntryValues): { fields: ChronologyEntryFields | null; errors: EntryErrors } {
  const errors: EntryErrors = {}
  const when = checkWhen(values, errors)
  for (const [field, message] of Object.entries(REQUIRED) as [TextFieldName, string][]) {
    if (!values[field].trim()) errors[field] = message
  }
  if (values.flags.childSeenAlone && !values.flags.childSeen) errors.flags = 'Select “Child seen” as well as “Child seen alone”'
  if (!when || Object.keys(errors).length > 0) return { fields: null, errors }
  const { practitionerRole, event, source, impact, actionTaken, flags } = values
  const parsed = ChronologyEntryFieldsSchema.safeParse({ ...when, practitionerRole, event, source, impact, actionTaken, flags })
  if (parsed.success) return { fields: parsed.data, errors }
  return { fields: null, errors: entryErrorsFrom(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))) }
}

/** The server's problems (paths such as `date.month`, `flags.childSeenAlone`, or under `fields.` for a change), each beside its field. */
export function entryErrorsFrom(problems: FieldProblem[]): EntryErrors {
  const errors: EntryErrors = {}
  for (const problem of problems) {
    const path = problem.path.replace(/^fields\./, '')
    const [field] = path.split('.')
    // A month-only date has no day box, so its problems start at the month.
    if (field === 'date') errors.date ??= { message: problem.message, parts: path === 'date.month' ? ['month', 'year'] : ['day', 'month', 'year'] }
    else if (field === 'flags') errors.flags ??= problem.message
    else {
      const known = TEXT_FIELDS.find((candidate) => candidate === field)
      if (known) errors[known] ??= problem.message
    }
  }
  return errors
}

/** The first flag's checkbox carries the flags' id, for the error summary's link. */
export function entrySummary(errors: EntryErrors): FormError[] {
  return ENTRY_FIELDS.flatMap((field) => {
    if (field === 'date') return errors.date ? [{ href: dateInputId(ENTRY_DATE_ID, errors.date.parts[0]), text: errors.date.message }] : []
    const text = errors[field]
    return text ? [{ href: entryFieldId(field), text }] : []
  })
}
