/**
 * @module
 * A GOV.UK form's values and its submission: checked here first, so that only what passes is sent; the
 * server's refusal put beside the fields it is about; the error summary told (`attempt`) to take focus
 * after every submission; the button disabled while the request is out. Once sent, the form holds
 * its first values again.
 */
import { useRef, useState, type FormEvent } from 'react'
import { asApiError, type ApiError } from '../api/http'
import type { FormError } from './ErrorSummary'

export interface FormSteps<Values, Errors, Valid> {
  initial: Values
  noErrors: Errors
  /** What to send (null while there is a problem), and the problems found. */
  check: (values: Values) => { valid: Valid | null; errors: Errors }
  /** Sends what passed the check; a rejection is the server's refusal. */
  send: (valid: Valid) => Promise<void>
  /** Where the server's refusal belongs on this form. */
  errorsFrom: (error: ApiError) => Errors
  /** The error summary's list, in the order of the fields on the page. */
  summary: (errors: Errors) => FormError[]
  /** Fields emptied when the server refuses, such as a password. */
  clearOnRefusal?: (keyof Values)[]
}

export interface Form<Values, Errors> {
  values: Values
  update: (changes: Partial<Values>) => void
  errors: Errors
  summary: FormError[]
  /** Counts submissions, so that the error summary takes focus after each. */
  attempt: number
  sending: boolean
  submit: (event: FormEvent) => void
  /** Forgets the last submission's problems, when the person moves on to something else. */
  clearErrors: () => void
}

export function useForm<Values, Errors, Valid>(steps: FormSteps<Values, Errors, Valid>): Form<Values, Errors> {
  const [values, setValues] = useState(steps.initial)
  const [errors, setErrors] = useState(steps.noErrors)
  const [attempt, setAttempt] = useState(0)
  const [sending, setSending] = useState(false)
  // Set at once, where `sending` waits for a render: a double click must not send twice.
  const inFlight = useRef(false)

  const show = (found: Errors) => {
    setErrors(found)
    setAttempt((current) => current + 1)
  }

  const send = async (valid: Valid) => {
    inFlight.current = true
    setSending(true)
    try {
      await steps.send(valid)
      setValues(steps.initial)
    } catch (error) {
      show(steps.errorsFrom(asApiError(error)))
      const cleared = steps.clearOnRefusal ?? []
      if (cleared.length > 0) setValues((current) => ({ ...current, ...Object.fromEntries(cleared.map((field) => [field, steps.initial[field]])) }))
    } finally {
      inFlight.current = false
      setSending(false)
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (inFlight.current) return
    const checked = steps.check(values)
    show(checked.errors)
    if (checked.valid !== null) void send(checked.valid)
  }

  return {
    values,
    update: (changes) => setValues((current) => ({ ...current, ...changes })),
    errors,
    summary: steps.summary(errors),
    attempt,
    sending,
    submit,
    clearErrors: () => setErrors(steps.noErrors),
  }
}
