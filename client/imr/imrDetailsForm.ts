/**
 * @module
 * The IMR details form's values and checks: the author and how close they were to the case, when the
 * records were secured, how the review was done, the context of the work, and the agency's own
 * recommendations, which the person adds and removes.
 */
import { ImrDetailsFieldsSchema, type AuthorInvolvement, type ImrDetailsFields } from '../../shared/imr/imrDetails'
import type { FieldProblem } from '../api/http'
import { checkDate, partsFromIso, type DateParts } from '../forms/dateParts'
import { dateInputId } from '../forms/DateInputField'
import type { FormError } from '../forms/ErrorSummary'
import type { DateError } from './chronologyEntryForm'

/** `key` tells the rows apart while some are added and removed. */
export interface RecommendationValue {
  key: number
  text: string
}

export interface DetailsValues {
  authorRole: string
  authorInvolvement: AuthorInvolvement | null
  recordsSecuredOn: DateParts
  recordsRead: string
  peopleInterviewed: string
  workload: string
  staffing: string
  organisationalChange: string
  recommendations: RecommendationValue[]
}

export const DETAILS_TEXT_FIELDS = ['authorRole', 'authorInvolvement', 'recordsRead', 'peopleInterviewed', 'workload', 'staffing', 'organisationalChange'] as const
export type DetailsTextField = (typeof DETAILS_TEXT_FIELDS)[number]

export type DetailsErrors = Partial<Record<DetailsTextField, string>> & {
  recordsSecuredOn?: DateError
  /** By the recommendation's place in the list, from 0. */
  recommendations?: Record<number, string>
}

export const detailsFieldId = (field: DetailsTextField | 'recordsSecuredOn'): string => `details-${field}`
export const recommendationId = (index: number): string => `details-recommendation-${index + 1}`

let nextKey = 1
export const newRecommendation = (text = ''): RecommendationValue => ({ key: nextKey++, text })

export function detailsValuesOf(details: ImrDetailsFields): DetailsValues {
  return {
    authorRole: details.authorRole,
    authorInvolvement: details.authorInvolvement,
    recordsSecuredOn: partsFromIso(details.recordsSecuredOn),
    ...details.methodology,
    ...details.context,
    recommendations: details.recommendations.map((text) => newRecommendation(text)),
  }
}

/** Where a path of the API's details (`methodology.recordsRead`, `recommendations.2`) belongs on the form. */
export function detailsErrorsFrom(problems: FieldProblem[]): DetailsErrors {
  const errors: DetailsErrors = {}
  for (const { path, message } of problems) {
    const parts = path.split('.')
    const field = parts[0] === 'methodology' || parts[0] === 'context' ? parts[1] : parts[0]
    if (field === 'recordsSecuredOn') errors.recordsSecuredOn ??= { message, parts: ['day', 'month', 'year'] }
    else if (field === 'recommendations' && parts.length > 1) {
      const index = Number(parts[1])
      errors.recommendations = { [index]: message, ...errors.recommendations }
    } else {
      const known = DETAILS_TEXT_FIELDS.find((candidate) => candidate === field)
      if (known) errors[known] ??= message
    }
  }
  return errors
}

export function checkDetails(values: DetailsValues): { fields: ImrDetailsFields | null; errors: DetailsErrors } {
  const secured = checkDate(values.recordsSecuredOn, 'Date the records were secured')
  if (!secured.ok) return { fields: null, errors: { recordsSecuredOn: { message: secured.message, parts: secured.parts } } }
  const errors: DetailsErrors = {}
  values.recommendations.forEach((recommendation, index) => {
    if (!recommendation.text.trim()) errors.recommendations = { ...errors.recommendations, [index]: `Enter recommendation ${index + 1}, or remove it` }
  })
  if (errors.recommendations) return { fields: null, errors }
  const parsed = ImrDetailsFieldsSchema.safeParse({
    authorRole: values.authorRole,
    authorInvolvement: values.authorInvolvement,
    recordsSecuredOn: secured.iso,
    methodology: { recordsRead: values.recordsRead, peopleInterviewed: values.peopleInterviewed },
    context: { workload: values.workload, staffing: values.staffing, organisationalChange: values.organisationalChange },
    recommendations: values.recommendations.map((recommendation) => recommendation.text),
  })
  if (parsed.success) return { fields: parsed.data, errors }
  return { fields: null, errors: detailsErrorsFrom(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))) }
}

/** In the order of the form: the author, the date, methodology, context, then each recommendation. */
export function detailsSummary(errors: DetailsErrors): FormError[] {
  const before = (['authorRole', 'authorInvolvement'] as const).flatMap((field) => (errors[field] ? [{ href: detailsFieldId(field), text: errors[field] }] : []))
  const date = errors.recordsSecuredOn ? [{ href: dateInputId(detailsFieldId('recordsSecuredOn'), errors.recordsSecuredOn.parts[0]), text: errors.recordsSecuredOn.message }] : []
  const after = (['recordsRead', 'peopleInterviewed', 'workload', 'staffing', 'organisationalChange'] as const).flatMap((field) =>
    errors[field] ? [{ href: detailsFieldId(field), text: errors[field] }] : [],
  )
  const recommendations = Object.entries(errors.recommendations ?? {})
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([index, text]) => ({ href: recommendationId(Number(index)), text }))
  return [...before, ...date, ...after, ...recommendations]
}
