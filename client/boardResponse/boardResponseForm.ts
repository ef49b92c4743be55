/**
 * @module
 * The board's response form: its values, the problems found before sending (the same rule the server
 * applies: reasons unless every finding is accepted), and the server's refusal placed by field; a
 * save someone else made first comes back as a conflict, any other refusal as a problem, for the page
 * to explain.
 */
import { ACCEPTANCES_WITH_REASONS, type BoardAcceptance, type BoardResponseView, type UpdateBoardResponse } from '../../shared/api/boardResponse'
import type { ApiError } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'
import { fieldErrorsFrom, fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'

export interface BoardResponseValues {
  acceptance: BoardAcceptance | null
  acceptanceReasons: string
  actionsTaken: string
  impact: string
  furtherActions: string
}

export const FIELDS = ['acceptance', 'acceptanceReasons', 'actionsTaken', 'impact', 'furtherActions'] as const
export type BoardResponseField = (typeof FIELDS)[number]
/** `conflict`: someone else saved first; `problem`: a refusal about no field in particular. */
export type BoardResponseErrors = FieldErrors<BoardResponseField> & { conflict?: boolean; problem?: ApiError }

/** The reasons box sits under the option chosen, so its id says which. */
export const reasonsId = (acceptance: BoardAcceptance | null): string => `acceptanceReasons-${acceptance ?? 'none'}`

export function valuesOf({ boardResponse }: BoardResponseView): BoardResponseValues {
  const { acceptance, acceptanceReasons, actionsTaken, impact, furtherActions } = boardResponse
  return { acceptance, acceptanceReasons, actionsTaken, impact, furtherActions }
}

export function checkBoardResponse(values: BoardResponseValues, revision: number): { valid: UpdateBoardResponse | null; errors: BoardResponseErrors } {
  const errors: BoardResponseErrors = {}
  const { acceptance } = values
  if (acceptance === null) errors.acceptance = 'Choose whether the board accepts the findings'
  const needsReasons = acceptance !== null && ACCEPTANCES_WITH_REASONS.includes(acceptance)
  if (needsReasons && values.acceptanceReasons.trim() === '') errors.acceptanceReasons = 'Give the board’s reasons for not accepting every finding'
  if (acceptance === null || Object.keys(errors).length > 0) return { valid: null, errors }
  return {
    valid: {
      revision,
      acceptance,
      acceptanceReasons: needsReasons ? values.acceptanceReasons.trim() : '',
      actionsTaken: values.actionsTaken.trim(),
      impact: values.impact.trim(),
      furtherActions: values.furtherActions.trim(),
    },
    errors,
  }
}

export function boardResponseErrorsFrom(error: ApiError): BoardResponseErrors {
  if (error.code === 'edit_conflict') return { conflict: true }
  const errors = fieldErrorsFrom(error.fields, FIELDS)
  return hasErrors(errors) ? errors : { problem: error }
}

export function boardResponseSummary(errors: FieldErrors<BoardResponseField>, acceptance: BoardAcceptance | null): FormError[] {
  return fieldSummary(errors, FIELDS, (field) => (field === 'acceptanceReasons' ? reasonsId(acceptance) : field))
}
