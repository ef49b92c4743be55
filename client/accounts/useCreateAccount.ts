/**
 * @module
 * The state of the "Create an account" form, held by the page so that its error summary can sit at
 * the top of the page as the GOV.UK pattern asks.
 */
import { CreatedUserSchema, type CreatedUser } from '../../shared/api/auth'
import { sendJson } from '../api/http'
import { useForm, type Form } from '../forms/useForm'
import { accountErrorsFrom, accountSummary, checkAccount, EMPTY_ACCOUNT, type AccountErrors, type AccountValues } from './createAccountForm'

export type CreateAccount = Form<AccountValues, AccountErrors>

const NO_ERRORS: AccountErrors = {}

export function useCreateAccount(onCreated: (created: CreatedUser) => void): CreateAccount {
  return useForm({
    initial: EMPTY_ACCOUNT,
    noErrors: NO_ERRORS,
    check: (values) => {
      const { account, errors } = checkAccount(values)
      return { valid: account, errors }
    },
    send: async (account) => onCreated(await sendJson('POST', '/api/users', account, CreatedUserSchema)),
    errorsFrom: accountErrorsFrom,
    summary: accountSummary,
  })
}
