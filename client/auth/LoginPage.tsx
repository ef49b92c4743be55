import { LoginResponseSchema } from '../../shared/api/auth'
import { sendJson } from '../api/http'
import { navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { ErrorSummary } from '../forms/ErrorSummary'
import { fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'
import { TextField } from '../forms/TextField'
import { useForm } from '../forms/useForm'
import { safeNextPath, signedIn } from './session'

const FIELDS = ['email', 'password'] as const
type Errors = FieldErrors<(typeof FIELDS)[number]>

const NO_ERRORS: Errors = {}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function checkSignIn(email: string, password: string): Errors {
  const errors: Errors = {}
  if (!email.trim()) errors.email = 'Enter your email address'
  else if (!EMAIL_PATTERN.test(email.trim())) errors.email = 'Enter an email address in the correct format, like name@example.org'
  if (!password) errors.password = 'Enter your password'
  return errors
}

export function LoginPage() {
  const { values, update, errors, summary, attempt, sending, submit } = useForm({
    initial: { email: '', password: '' },
    noErrors: NO_ERRORS,
    check: ({ email, password }) => {
      const errors = checkSignIn(email, password)
      return { valid: hasErrors(errors) ? null : { email: email.trim(), password }, errors }
    },
    send: async (credentials) => {
      const { user } = await sendJson('POST', '/api/auth/login', credentials, LoginResponseSchema)
      signedIn(user)
      navigate(safeNextPath(new URLSearchParams(window.location.search).get('next')), { replace: true })
    },
    // Wrong credentials and a locked account are about the pair; the summary links to the first field.
    errorsFrom: (problem) => ({ email: problem.message }),
    summary: (found) => fieldSummary(found, FIELDS),
    clearOnRefusal: ['password'],
  })
  usePageTitle('Sign in', summary.length > 0)

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
            value={values.email}
            onChange={(email) => update({ email })}
          />
          <TextField
            id="password"
            label="Password"
            type="password"
            autoComplete="current-password"
            error={errors.password}
            value={values.password}
            onChange={(password) => update({ password })}
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
