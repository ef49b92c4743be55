import type { ReactNode } from 'react'
import { ProblemPage } from '../app/ProblemPage'
import { useIsAdmin } from './session'

export const NO_PERMISSION = 'You do not have permission to see this page'

/** What someone who is not an administrator sees on an administrator's page, said plainly; `what` the page does. */
export function NoAdminPermission({ what }: { what: string }) {
  return (
    <ProblemPage title={NO_PERMISSION}>
      <p className="govuk-body">Only an administrator, such as the board’s business manager, can {what}.</p>
    </ProblemPage>
  )
}

/** Shows its page to administrators only; the API refuses everyone else (403) all the same. */
export function AdminOnly({ what, children }: { what: string; children: ReactNode }) {
  const isAdmin = useIsAdmin()
  return isAdmin ? <>{children}</> : <NoAdminPermission what={what} />
}
