import type { ReactNode } from 'react'
import { followLink } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { useIsAdmin } from '../auth/session'

export const NO_PERMISSION = 'You do not have permission to see this page'

/** What someone who is not an administrator sees on an administrator's page, said plainly. */
export function NoAdminPermission() {
  usePageTitle(NO_PERMISSION)
  return (
    <>
      <h1 className="govuk-heading-l">{NO_PERMISSION}</h1>
      <p className="govuk-body">Only an administrator, such as the board’s business manager, can see accounts and account activity.</p>
      <p className="govuk-body">
        <a href="/" className="govuk-link" onClick={followLink}>
          Go to your reviews
        </a>
      </p>
    </>
  )
}

/** Shows its page to administrators only; the API refuses everyone else (403) all the same. */
export function AdminOnly({ children }: { children: ReactNode }) {
  const isAdmin = useIsAdmin()
  return isAdmin ? <>{children}</> : <NoAdminPermission />
}
