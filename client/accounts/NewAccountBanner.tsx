import type { CreatedUser } from '../../shared/api/auth'
import { SuccessBanner } from '../app/SuccessBanner'

/**
 * The new account's email address and generated password, in the success banner. The server never
 * shows the password again, so the banner says so plainly.
 */
export function NewAccountBanner({ created }: { created: CreatedUser | null }) {
  if (!created) return null
  const { user, password } = created
  return (
    // Keyed by account, so a second account created in a row takes focus again.
    <SuccessBanner key={user.id} message={`An account was created for ${user.name}`}>
      <dl className="govuk-summary-list govuk-summary-list--no-border app-new-account">
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Email address</dt>
          <dd className="govuk-summary-list__value app-break-words">{user.email}</dd>
        </div>
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Password</dt>
          <dd className="govuk-summary-list__value">
            <code className="app-password">{password}</code>
          </dd>
        </div>
      </dl>
      <p className="govuk-body govuk-!-font-weight-bold">This password is shown only once. It cannot be seen again after you leave this page.</p>
      <p className="govuk-body govuk-!-margin-bottom-0">
        Give it to {user.name} securely, for example in person or by phone, not by email.
      </p>
    </SuccessBanner>
  )
}
