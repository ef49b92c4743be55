/**
 * @module
 * The state of the action form: adding an action, or changing one against the revision it was opened
 * at. A change someone else made first comes back as a conflict, for the page to explain.
 */
import { StoredActionSchema, type NewAction, type StoredAction } from '../../shared/actionPlan/action'
import type { ApiError } from '../api/http'
import { actionPlanPath, navigate } from '../app/router'
import { hasErrors } from '../forms/fieldErrors'
import { useForm, type Form } from '../forms/useForm'
import { sendImrJson } from '../imr/imrApi'
import { actionErrorsFrom, actionSummary, actionValuesOf, checkAction, EMPTY_ACTION, type ActionErrors, type ActionValues } from './actionForm'
import { actionPlanApiPath } from './actionPlanApi'

/** `conflict`: the action changed since the form opened; `problem`: a refusal about no field in particular. */
export type ActionFormErrors = ActionErrors & { conflict?: boolean; problem?: ApiError }
export type ActionForm = Form<ActionValues, ActionFormErrors>

const NO_ERRORS: ActionFormErrors = {}

function errorsFrom(error: ApiError): ActionFormErrors {
  if (error.code === 'edit_conflict') return { conflict: true }
  const errors = actionErrorsFrom(error.fields)
  return hasErrors(errors) ? errors : { problem: error }
}

export function useActionForm(reviewId: string, action: StoredAction | null, initialRecommendationId: string | null): ActionForm {
  return useForm({
    initial: action ? actionValuesOf(action) : { ...EMPTY_ACTION, recommendationId: initialRecommendationId },
    noErrors: NO_ERRORS,
    check: (values) => {
      const { fields, errors } = checkAction(values)
      return { valid: fields, errors }
    },
    send: async (fields: NewAction) => {
      // The IMR API's sender is the one that does PUT; the action plan's routes answer in the same shape.
      if (action) await sendImrJson('PUT', actionPlanApiPath(reviewId, `/actions/${action.id}`), { revision: action.revision, fields }, StoredActionSchema)
      else await sendImrJson('POST', actionPlanApiPath(reviewId, '/actions'), fields, StoredActionSchema)
      navigate(actionPlanPath(reviewId), { flash: action ? 'The action was changed' : 'The action was added' })
    },
    errorsFrom,
    summary: actionSummary,
  })
}
