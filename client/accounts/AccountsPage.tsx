import { useState } from 'react'
import { UserListSchema, type CreatedUser } from '../../shared/api/auth'
import { useResource } from '../api/useResource'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { LoadedResource } from '../app/LoadedResource'
import { usePageTitle } from '../app/usePageTitle'
import { AdminOnly, NO_PERMISSION, NoAdminPermission } from '../auth/AdminOnly'
import { ErrorSummary } from '../forms/ErrorSummary'
import { AccountTable } from './AccountTable'
import { CreateAccountForm } from './CreateAccountForm'
import { NewAccountBanner } from './NewAccountBanner'
import { useCreateAccount } from './useCreateAccount'

const WHAT = 'see and create accounts'

function Accounts() {
  const users = useResource('/api/users', UserListSchema)
  const [created, setCreated] = useState<CreatedUser | null>(null)
  const form = useCreateAccount((account) => {
    setCreated(account)
    users.reload()
  })
  const refused = users.state === 'error' && users.error.status === 403
  usePageTitle(refused ? NO_PERMISSION : 'Accounts', form.summary.length > 0)

  if (refused) return <NoAdminPermission what={WHAT} />
  return (
    <>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <NewAccountBanner created={created} />
      <h1 className="govuk-heading-l">Accounts</h1>
      <p className="govuk-body">A new account sees no reviews until it is added to one, on the review’s Members page.</p>
      <LoadedResource resource={users} loading="Loading the accounts…" failed="The accounts could not be loaded">
        {(data) => <AccountTable users={data.users} />}
      </LoadedResource>
      <CreateAccountForm form={form} />
    </>
  )
}

export function AccountsPage() {
  return (
    <>
      <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }]} />
      <AdminOnly what={WHAT}>
        <Accounts />
      </AdminOnly>
    </>
  )
}
