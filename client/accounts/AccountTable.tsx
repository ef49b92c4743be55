import type { User } from '../../shared/api/auth'
import { EmailAddress } from '../app/EmailAddress'
import { TableScroll } from '../app/TableScroll'

const byName = (a: User, b: User) => a.name.localeCompare(b.name, 'en-GB', { sensitivity: 'base' })

/** Everyone who can sign in, by name. */
export function AccountTable({ users }: { users: User[] }) {
  return (
    <TableScroll label="Accounts">
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Everyone who can sign in</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Administrator
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
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
        </tbody>
      </table>
    </TableScroll>
  )
}
