/**
 * @module
 * The state of the "Add a person" form, held by the page so that its error summary can sit at the top
 * of the page as the GOV.UK pattern asks.
 */
import { MemberViewSchema, type MemberView } from '../../shared/api/auth'
import type { Review } from '../../shared/api/reviews'
import { sendJson } from '../api/http'
import { useIsAdmin } from '../auth/session'
import { hasErrors } from '../forms/fieldErrors'
import { useForm, type Form } from '../forms/useForm'
import { checkMember, EMPTY_MEMBER, memberErrorsFrom, memberSummary, type MemberErrors, type MemberValues } from './addMemberForm'

export type AddMember = Form<MemberValues, MemberErrors>

const NO_ERRORS: MemberErrors = {}

export function useAddMember(review: Review, onAdded: (member: MemberView) => void): AddMember {
  const isAdmin = useIsAdmin()
  return useForm({
    initial: EMPTY_MEMBER,
    noErrors: NO_ERRORS,
    check: (values) => {
      const errors = checkMember(values, review.agencies.length > 0)
      return { valid: hasErrors(errors) ? null : values, errors }
    },
    send: async (values) => {
      const body = { email: values.email.trim(), role: values.role, agencyId: values.role === 'agency' ? values.agencyId : null }
      onAdded(await sendJson('POST', `/api/reviews/${review.id}/members`, body, MemberViewSchema))
    },
    errorsFrom: (error) => memberErrorsFrom(error, isAdmin),
    summary: memberSummary,
  })
}
