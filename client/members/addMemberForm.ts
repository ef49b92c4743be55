/**
 * @module
 * The "Add a person" form's values and checks, and where the server's refusals belong.
 */
import { REVIEW_ROLES, type ReviewRole } from '../../shared/auth/roles'
import type { ApiError } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'
import { fieldErrorsFrom, fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'

export interface MemberValues {
  email: string
  role: ReviewRole | null
  agencyId: string
}

export const EMPTY_MEMBER: MemberValues = { email: '', role: null, agencyId: '' }

const FIELDS = ['email', 'role', 'agencyId'] as const
export type MemberField = (typeof FIELDS)[number]
export type MemberErrors = FieldErrors<MemberField>

export const memberFieldId = (field: MemberField): string => (field === 'agencyId' ? 'member-agency' : `member-${field}`)

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** `hasAgencies`: whether the review has any agency, whose IMR someone could write. */
export function checkMember(values: MemberValues, hasAgencies = true): MemberErrors {
  const errors: MemberErrors = {}
  const email = values.email.trim()
  if (!email) errors.email = 'Enter the person’s email address'
  else if (!EMAIL_PATTERN.test(email)) errors.email = 'Enter an email address in the correct format, like name@example.org'
  if (!values.role || !REVIEW_ROLES.includes(values.role)) errors.role = 'Select the person’s role in this review'
  else if (values.role === 'agency' && !hasAgencies) errors.role = 'This review has no agencies, so nobody can write an IMR in it. Select another role'
  else if (values.role === 'agency' && !values.agencyId) errors.agencyId = 'Select the agency whose IMR they write'
  return errors
}

/** `isAdmin`: the person can create the missing account themselves, on the Accounts page. */
export function memberErrorsFrom(error: ApiError, isAdmin = false): MemberErrors {
  if (error.code === 'user_not_found') {
    const next = isAdmin ? 'Create an account for them on the Accounts page first.' : 'Ask the board’s business manager to create one first.'
    return { email: `There is no account with that email address. ${next}` }
  }
  if (error.code === 'agency_not_found') return { agencyId: 'That agency is not part of this review' }
  const errors = fieldErrorsFrom(error.fields, FIELDS)
  return hasErrors(errors) ? errors : { email: error.message }
}

export function memberSummary(errors: MemberErrors): FormError[] {
  return fieldSummary(errors, FIELDS, memberFieldId)
}
