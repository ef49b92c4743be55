/**
 * @module
 * The "Add a person" form's values and checks, and where the server's refusals belong.
 */
import { REVIEW_ROLES, type ReviewRole } from '../../shared/auth/roles'
import type { ApiError } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'

export interface MemberValues {
  email: string
  role: ReviewRole | null
  agencyId: string
}

export const EMPTY_MEMBER: MemberValues = { email: '', role: null, agencyId: '' }

export type MemberField = 'email' | 'role' | 'agencyId'
export type MemberErrors = Partial<Record<MemberField, string>>

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function checkMember(values: MemberValues): MemberErrors {
  const errors: MemberErrors = {}
  const email = values.email.trim()
  if (!email) errors.email = 'Enter the person’s email address'
  else if (!EMAIL_PATTERN.test(email)) errors.email = 'Enter an email address in the correct format, like name@example.org'
  if (!values.role || !REVIEW_ROLES.includes(values.role)) errors.role = 'Select the person’s role in this review'
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
  const errors: MemberErrors = {}
  for (const problem of error.fields) {
    const field = problem.path.split('.')[0]
    if (field === 'email' || field === 'role' || field === 'agencyId') errors[field] ??= problem.message
  }
  return Object.keys(errors).length > 0 ? errors : { email: error.message }
}

export function memberSummary(errors: MemberErrors): FormError[] {
  return (['email', 'role', 'agencyId'] as const).flatMap((field) => (errors[field] ? [{ href: field === 'agencyId' ? 'member-agency' : `member-${field}`, text: errors[field] }] : []))
}
