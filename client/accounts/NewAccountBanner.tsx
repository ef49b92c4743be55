import { useEffect, useId, useRef } from 'react'
import type { CreatedUser } from '../../shared/api/auth'

/**
 * The new account's email address and generated password, in a GOV.UK success banner that takes focus
 * so that it is heard. The server never shows the password again, so the banner says so plainly.
 */
export function NewAccountBanner({ created }: { created: CreatedUser | null }) {
  const banner = useRef<HTMLDivElement>(null)
  const id = useId()
  useEffect(() => {
    if (created) banner.current?.focus()
  }, [created])
  if (!created) return null
  const { user, password } = created
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={id} tabIndex={-1} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">An account was created for {user.name}</p>
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
      </div>
    </div>
  )
}
