import type { User } from '../../shared/api/auth'
import { EmailAddress } from '../app/EmailAddress'
import { DataTable } from '../app/DataTable'

const byName = (a: User, b: User) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' })

/** Everyone who can sign in, by name. */
export function AccountTable({ users }: { users: User[] }) {
  return (
    <DataTable label="Accounts" caption="Everyone who can sign in" columns={[{ label: 'Name' }, { label: 'Email address' }, { label: 'Administrator' }]}>
      {[...users].sort(byName).map((user) => (
        <tr className="govuk-table__row" key={user.id}>
          <th scope="row" className="govuk-table__header app-table__row-header">
            {user.name}
          </th>
          <td className="govuk-table__cell app-break-words">
            <EmailAddress address={user.email} />
          </td>
          <td className="govuk-table__cell">{user.isAdmin ? 'Yes' : 'No'}</td>
        </tr>
      ))}
    </DataTable>
  )
}
