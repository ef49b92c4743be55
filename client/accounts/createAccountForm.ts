/**
 * @module
 * The "Create an account" form's values and checks (the same email rule as the server's), and where
 * the server's refusals belong.
 */
import { EmailSchema, type CreateUser } from '../../shared/api/auth'
import type { ApiError } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'
import { fieldErrorsFrom, fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'

export interface AccountValues {
  name: string
  email: string
}

export const EMPTY_ACCOUNT: AccountValues = { name: '', email: '' }

const FIELDS = ['name', 'email'] as const
export type AccountField = (typeof FIELDS)[number]
export type AccountErrors = FieldErrors<AccountField>

export const NAME_MAX_LENGTH = 120

export function checkAccount(values: AccountValues): { account: CreateUser | null; errors: AccountErrors } {
  const errors: AccountErrors = {}
  const name = values.name.trim()
  if (!name) errors.name = 'Enter a name'
  else if (name.length > NAME_MAX_LENGTH) errors.name = `Name must be ${NAME_MAX_LENGTH} characters or fewer`
  const email = EmailSchema.safeParse(values.email)
  if (!email.success) errors.email = 'Enter an email address in the correct format, like name@example.org'
  if (!email.success || hasErrors(errors)) return { account: null, errors }
  return { account: { name, email: email.data }, errors }
}

export function accountErrorsFrom(error: ApiError): AccountErrors {
  if (error.code === 'account_exists') return { email: 'An account with that email address already exists' }
  const errors = fieldErrorsFrom(error.fields, FIELDS)
  return hasErrors(errors) ? errors : { email: error.message }
}

export const accountFieldId = (field: AccountField): string => `account-${field}`

export function accountSummary(errors: AccountErrors): FormError[] {
  return fieldSummary(errors, FIELDS, accountFieldId)
}
