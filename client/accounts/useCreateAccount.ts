/**
 * @module
 * The state of the "Create an account" form, held by the page so that its error summary can sit at
 * the top of the page as the GOV.UK pattern asks.
 */
import { useState, type FormEvent } from 'react'
import { CreatedUserSchema, type CreatedUser } from '../../shared/api/auth'
import { asApiError, sendJson } from '../api/http'
import type { FormError } from '../forms/ErrorSummary'
import { accountErrorsFrom, accountSummary, checkAccount, EMPTY_ACCOUNT, type AccountErrors, type AccountValues } from './createAccountForm'

export interface CreateAccount {
  values: AccountValues
  update: (changes: Partial<AccountValues>) => void
  errors: AccountErrors
  summary: FormError[]
  attempt: number
  sending: boolean
  submit: (event: FormEvent) => void
}

export function useCreateAccount(onCreated: (created: CreatedUser) => void): CreateAccount {
  const [values, setValues] = useState(EMPTY_ACCOUNT)
  const [errors, setErrors] = useState<AccountErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [sending, setSending] = useState(false)

  const send = async (account: { name: string; email: string }) => {
    setSending(true)
    try {
      const created = await sendJson('POST', '/api/users', account, CreatedUserSchema)
      setValues(EMPTY_ACCOUNT)
      onCreated(created)
    } catch (error) {
      setErrors(accountErrorsFrom(asApiError(error)))
      setAttempt((current) => current + 1)
    } finally {
      setSending(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const checked = checkAccount(values)
    setErrors(checked.errors)
    setAttempt((current) => current + 1)
    if (checked.account) void send(checked.account)
  }

  return {
    values,
    update: (changes) => setValues((current) => ({ ...current, ...changes })),
    errors,
    summary: accountSummary(errors),
    attempt,
    sending,
    submit,
  }
}
