/**
 * @module
 * The state of the "Add a person" form, held by the page so that its error summary can sit at the top
 * of the page as the GOV.UK pattern asks.
 */
import { useState, type FormEvent } from 'react'
import { MemberViewSchema, type MemberView } from '../../shared/api/auth'
import { asApiError, sendJson } from '../api/http'
import { useIsAdmin } from '../auth/session'
import { checkMember, EMPTY_MEMBER, memberErrorsFrom, memberSummary, type MemberErrors, type MemberValues } from './addMemberForm'

export interface AddMember {
  values: MemberValues
  update: (changes: Partial<MemberValues>) => void
  errors: MemberErrors
  attempt: number
  sending: boolean
  submit: (event: FormEvent) => void
  /** Forgets the last submission's problems, when the person moves on to something else. */
  clearErrors: () => void
}

export function useAddMember(reviewId: string, onAdded: (member: MemberView) => void): AddMember & { summary: ReturnType<typeof memberSummary> } {
  const [values, setValues] = useState(EMPTY_MEMBER)
  const [errors, setErrors] = useState<MemberErrors>({})
  const [attempt, setAttempt] = useState(0)
  const [sending, setSending] = useState(false)
  const isAdmin = useIsAdmin()

  const send = async () => {
    setSending(true)
    try {
      const body = { email: values.email.trim(), role: values.role, agencyId: values.role === 'agency' ? values.agencyId : null }
      const member = await sendJson('POST', `/api/reviews/${reviewId}/members`, body, MemberViewSchema)
      setValues(EMPTY_MEMBER)
      onAdded(member)
    } catch (error) {
      setErrors(memberErrorsFrom(asApiError(error), isAdmin))
      setAttempt((current) => current + 1)
    } finally {
      setSending(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const found = checkMember(values)
    setErrors(found)
    setAttempt((current) => current + 1)
    if (Object.keys(found).length === 0) void send()
  }

  return {
    values,
    update: (changes) => setValues((current) => ({ ...current, ...changes })),
    errors,
    summary: memberSummary(errors),
    attempt,
    sending,
    submit,
    clearErrors: () => setErrors({}),
  }
}
