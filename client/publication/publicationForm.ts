/**
 * @module
 * The publication form's values and problems: the dates as typed into GOV.UK date inputs, checked as
 * dates first and then against the same rules the server applies (`shared/publication/`).
 */
import type { ApiError } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'
import { dateInputId } from '../forms/DateInputField'
import { checkDate, partsFromIso, type DatePart, type DateParts } from '../forms/dateParts'
import { fieldErrorsFrom } from '../forms/fieldErrors'
import type { Publication, PublicationStatus, UpdatePublication } from '../../shared/api/publication'
import { publicationProblems } from '../../shared/publication/publicationRules'

export interface PublicationValues {
  status: PublicationStatus
  reason: string
  publishedOn: DateParts
  comesDownOn: DateParts
}

type DateError = { message: string; parts: DatePart[] }

export interface PublicationErrors {
  /** A refusal about no field in particular (the server could not be reached, the person may no longer record it). */
  problem?: ApiError
  status?: string
  reason?: string
  publishedOn?: DateError
  comesDownOn?: DateError
}

const FIELDS = ['status', 'reason', 'publishedOn', 'comesDownOn'] as const
const ALL_PARTS: DatePart[] = ['day', 'month', 'year']

export function valuesOf(publication: Publication): PublicationValues {
  return { status: publication.status, reason: publication.reason, publishedOn: partsFromIso(publication.publishedOn), comesDownOn: partsFromIso(publication.comesDownOn) }
}

export function checkPublication(values: PublicationValues): { valid: UpdatePublication | null; errors: PublicationErrors } {
  const errors: PublicationErrors = {}
  const usesDates = values.status === 'published' || values.status === 'withdrawn'
  const publishedOn = usesDates ? checkDate(values.publishedOn, 'The date it was published') : { ok: true as const, iso: null }
  const comesDownOn = usesDates ? checkDate(values.comesDownOn, values.status === 'withdrawn' ? 'The date it came down' : 'The date it may come down') : { ok: true as const, iso: null }
  if (!publishedOn.ok) errors.publishedOn = publishedOn
  if (!comesDownOn.ok) errors.comesDownOn = comesDownOn
  if (!publishedOn.ok || !comesDownOn.ok) return { valid: null, errors }
  const record = { status: values.status, reason: values.reason.trim(), publishedOn: publishedOn.iso, comesDownOn: comesDownOn.iso }
  for (const problem of publicationProblems(record)) {
    if (problem.field === 'publishedOn' || problem.field === 'comesDownOn') errors[problem.field] ??= { message: problem.message, parts: ALL_PARTS }
    else errors[problem.field] ??= problem.message
  }
  return { valid: Object.keys(errors).length === 0 ? record : null, errors }
}

export function publicationErrorsFrom(error: ApiError): PublicationErrors {
  const found = fieldErrorsFrom(error.fields, FIELDS)
  const errors: PublicationErrors = { status: found.status, reason: found.reason }
  if (found.publishedOn) errors.publishedOn = { message: found.publishedOn, parts: ALL_PARTS }
  if (found.comesDownOn) errors.comesDownOn = { message: found.comesDownOn, parts: ALL_PARTS }
  if (Object.values(errors).every((value) => value === undefined)) return { problem: error }
  return errors
}

export function publicationSummaryErrors(errors: PublicationErrors): FormError[] {
  return [
    ...(errors.status ? [{ href: 'status', text: errors.status }] : []),
    ...(errors.reason ? [{ href: 'reason', text: errors.reason }] : []),
    ...(errors.publishedOn ? [{ href: dateInputId('publishedOn', errors.publishedOn.parts[0] ?? 'day'), text: errors.publishedOn.message }] : []),
    ...(errors.comesDownOn ? [{ href: dateInputId('comesDownOn', errors.comesDownOn.parts[0] ?? 'day'), text: errors.comesDownOn.message }] : []),
  ]
}
