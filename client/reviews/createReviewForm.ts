/**
 * @module
 * The "Create a review" form's values and their checks, before anything is sent.
 */
import { REVIEW_KINDS, type CreateReview, type ReviewKind } from '../../shared/api/reviews'
import { EMPTY_DATE } from '../forms/dateParts'
import type { FieldProblem } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'
import { fieldErrorsFrom, fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'
import { agenciesFromLines } from './agencies'
import { checkKeyDates, keyDateErrorsFrom, keyDateSummary, type KeyDateErrors, type KeyDateParts } from './keyDateFields'

export interface CreateReviewValues {
  title: string
  id: string
  kind: ReviewKind | null
  agencies: string
  dates: KeyDateParts
}

export const EMPTY_REVIEW: CreateReviewValues = {
  title: '',
  id: '',
  kind: null,
  agencies: '',
  dates: { notification: EMPTY_DATE, decision: EMPTY_DATE, panelFirstMeeting: EMPTY_DATE },
}

const TEXT_FIELDS = ['title', 'id', 'kind', 'agencies'] as const
export type TextErrors = FieldErrors<(typeof TEXT_FIELDS)[number]>

export interface CreateReviewErrors {
  fields: TextErrors
  dates: KeyDateErrors
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/

export function checkCreateReview(values: CreateReviewValues): { review: CreateReview | null; errors: CreateReviewErrors } {
  const fields: TextErrors = {}
  const title = values.title.trim()
  if (!title) fields.title = 'Enter a title for the review'
  else if (title.length > 200) fields.title = 'Title must be 200 characters or fewer'
  const id = values.id.trim()
  if (!id) fields.id = 'Enter a short name for web addresses'
  else if (!ID_PATTERN.test(id)) fields.id = 'Short name must use only lower-case letters, numbers and hyphens, and start with a letter or number'
  if (!values.kind || !REVIEW_KINDS.includes(values.kind)) fields.kind = 'Select the kind of review'
  const agencies = agenciesFromLines(values.agencies)
  if (!agencies.ok) fields.agencies = agencies.message
  const dates = checkKeyDates(values.dates)
  const errors = { fields, dates: dates.errors }
  if (hasErrors(fields) || !dates.dates || !agencies.ok || !values.kind) return { review: null, errors }
  return { review: { id, title, kind: values.kind, agencies: agencies.agencies, dates: dates.dates }, errors }
}

export function createReviewSummary({ fields, dates }: CreateReviewErrors): FormError[] {
  return [...fieldSummary(fields, TEXT_FIELDS), ...keyDateSummary(dates)]
}

/**
 * Puts the server's own field problems (`validation_failed` details, `review_exists`) beside the fields;
 * a refusal about no field in particular goes beside the title.
 */
export function serverErrors(code: string, message: string, problems: FieldProblem[]): CreateReviewErrors {
  if (code === 'review_exists') return { fields: { id: 'A review with that short name already exists. Choose another.' }, dates: {} }
  const fields = fieldErrorsFrom(problems, TEXT_FIELDS)
  const dates = keyDateErrorsFrom(problems)
  if (!hasErrors(fields) && !hasErrors(dates)) fields.title = message
  return { fields, dates }
}
