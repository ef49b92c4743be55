import { useState, type FormEvent } from 'react'
import { LoginResponseSchema } from '../../shared/api/auth'
import { asApiError, sendJson } from '../api/http'
import { navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { ErrorSummary, type FormError } from '../forms/ErrorSummary'
import { TextField } from '../forms/TextField'
import { safeNextPath, signedIn } from './session'

type Field = 'email' | 'password'
type Errors = Partial<Record<Field, string>>

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function checkSignIn(email: string, password: string): Errors {
  const errors: Errors = {}
  if (!email.trim()) errors.email = 'Enter your email address'
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'Enter an email address in the correct format, like name@example.org'
  if (!password) errors.password = 'Enter your password'
  return errors
}

export function LoginPage() {
  const [email, setEmail] = useState('')
  const [password, setPassword] = useState('')
  const [errors, setErrors] = useState<Errors>({})
  const [attempt, setAttempt] = useState(0)
  const [sending, setSending] = useState(false)
  const summary: FormError[] = (['email', 'password'] as const).flatMap((field) => (errors[field] ? [{ href: field, text: errors[field] }] : []))
  usePageTitle('Sign in', summary.length > 0)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const found = checkSignIn(email, password)
    setErrors(found)
    setAttempt((current) => current + 1)
    if (Object.keys(found).length > 0) return
    setSending(true)
    try {
      const { user } = await sendJson('POST', '/api/auth/login', { email: email.trim(), password }, LoginResponseSchema)
      signedIn(user)
      navigate(safeNextPath(new URLSearchParams(window.location.search).get('next')), { replace: true })
    } catch (error) {
      const problem = asApiError(error)
      // Wrong credentials and a locked account are about the pair; the summary links to the first field.
      setErrors({ email: problem.message })
      setPassword('')
      setAttempt((current) => current + 1)
      setSending(false)
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} attempt={attempt} />
        <h1 className="govuk-heading-l">Sign in</h1>
        <p className="govuk-body">Sign in with the email address and password your board gave you.</p>
        <form onSubmit={submit} noValidate>
          <TextField
            id="email"
            label="Email address"
            type="email"
            autoComplete="username"
            spellCheck={false}
            error={errors.email}
            value={email}
            onChange={setEmail}
          />
          <TextField
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errors.password}
            value={password}
            onChange={setPassword}
          />
          <button type="submit" className="govuk-button" disabled={sending} aria-disabled={sending}>
            Sign in
          </button>
        </form>
        <p className="govuk-body">If you have forgotten your password or your account is locked, ask your board's business manager.</p>
      </div>
    </div>
  )
}
