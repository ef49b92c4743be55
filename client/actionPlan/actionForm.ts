/**
 * @module
 * The action form's values and checks: which recommendation, what changes, who leads it, the role
 * responsible, the target date, the status, evidence of impact and when the board next looks at it.
 * What passes here is checked once more against the API's own schema.
 */
import { NewActionSchema, type NewAction, type StoredAction } from '../../shared/actionPlan/action'
import type { ActionStatus } from '../../shared/actionPlan/actionStatus'
import type { FieldProblem } from '../api/http'
import { dateInputId } from '../forms/DateInputField'
import { checkDate, EMPTY_DATE, partsFromIso, type DatePart, type DateParts } from '../forms/dateParts'
import type { FormError } from '../forms/ErrorSummary'

export interface ActionValues {
  recommendationId: string | null
  change: string
  leadAgencyId: string
  responsibleRole: string
  targetDate: DateParts
  status: ActionStatus
  evidenceOfImpact: string
  nextMonitoringDate: DateParts
}

export const EMPTY_ACTION: ActionValues = {
  recommendationId: null,
  change: '',
  leadAgencyId: '',
  responsibleRole: '',
  targetDate: EMPTY_DATE,
  status: 'not-started',
  evidenceOfImpact: '',
  nextMonitoringDate: EMPTY_DATE,
}

/** In the order of the form, for the error summary. */
export const ACTION_FIELDS = ['recommendationId', 'change', 'leadAgencyId', 'responsibleRole', 'targetDate', 'status', 'evidenceOfImpact', 'nextMonitoringDate'] as const
export type ActionField = (typeof ACTION_FIELDS)[number]
type DateField = 'targetDate' | 'nextMonitoringDate'

export interface DateError {
  message: string
  parts: DatePart[]
}

export type ActionErrors = Partial<Record<Exclude<ActionField, DateField>, string>> & Partial<Record<DateField, DateError>>

export const actionFieldId = (field: ActionField): string => `action-${field}`

const isDateField = (field: ActionField): field is DateField => field === 'targetDate' || field === 'nextMonitoringDate'

export function actionValuesOf(action: StoredAction): ActionValues {
  return {
    recommendationId: action.recommendationId,
    change: action.change,
    leadAgencyId: action.leadAgencyId,
    responsibleRole: action.responsibleRole,
    targetDate: partsFromIso(action.targetDate),
    status: action.status,
    evidenceOfImpact: action.evidenceOfImpact,
    nextMonitoringDate: partsFromIso(action.nextMonitoringDate),
  }
}

const REQUIRED: Partial<Record<ActionField, string>> = {
  change: 'Enter what will change',
  leadAgencyId: 'Select the lead agency',
  responsibleRole: 'Enter the role responsible, not a person’s name',
}

export function checkAction(values: ActionValues): { fields: NewAction | null; errors: ActionErrors } {
  const errors: ActionErrors = {}
  if (values.recommendationId === null) errors.recommendationId = 'Select the recommendation this action answers'
  for (const [field, message] of Object.entries(REQUIRED) as ['change' | 'leadAgencyId' | 'responsibleRole', string][]) {
    if (!values[field].trim()) errors[field] = message
  }
  const target = checkDate(values.targetDate, 'Target date', { required: true })
  if (!target.ok) errors.targetDate = { message: target.message, parts: target.parts }
  const next = checkDate(values.nextMonitoringDate, 'Next monitoring date')
  if (!next.ok) errors.nextMonitoringDate = { message: next.message, parts: next.parts }
  if (Object.keys(errors).length > 0 || !target.ok || !next.ok) return { fields: null, errors }
  const { recommendationId, change, leadAgencyId, responsibleRole, status, evidenceOfImpact } = values
  const parsed = NewActionSchema.safeParse({ recommendationId, change, leadAgencyId, responsibleRole, targetDate: target.iso, status, evidenceOfImpact, nextMonitoringDate: next.iso })
  if (parsed.success) return { fields: parsed.data, errors }
  return { fields: null, errors: actionErrorsFrom(parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))) }
}

/** The server's problems (under `fields.` for a change), each beside its field. */
export function actionErrorsFrom(problems: FieldProblem[]): ActionErrors {
  const errors: ActionErrors = {}
  for (const problem of problems) {
    const field = ACTION_FIELDS.find((candidate) => candidate === problem.path.replace(/^fields\./, '').split('.')[0])
    if (!field) continue
    if (isDateField(field)) errors[field] ??= { message: problem.message, parts: ['day', 'month', 'year'] }
    else errors[field] ??= problem.message
  }
  return errors
}

export function actionSummary(errors: ActionErrors): FormError[] {
  return ACTION_FIELDS.flatMap((field) => {
    if (isDateField(field)) {
      const error = errors[field]
      return error ? [{ href: dateInputId(actionFieldId(field), error.parts[0]), text: error.message }] : []
    }
    const text = errors[field]
    return text ? [{ href: actionFieldId(field), text }] : []
  })
}
