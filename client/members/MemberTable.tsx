import type { MemberView } from '../../shared/api/auth'
import type { Agency } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS } from '../../shared/auth/roles'
import { TableScroll } from '../app/TableScroll'

export function agencyName(agencies: Agency[], agencyId: string | null): string {
  if (!agencyId) return ''
  return agencies.find((agency) => agency.id === agencyId)?.name ?? agencyId
}

export function MemberTable(props: { members: MemberView[]; agencies: Agency[]; onRemove: ((member: MemberView) => void) | null }) {
  const { members, agencies, onRemove } = props
  return (
    <TableScroll label="People in this review">
      <table className="govuk-table app-member-table">
        <caption className="govuk-table__caption govuk-table__caption--m">People in this review</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Name
            </th>
            <th scope="col" className="govuk-table__header">
              Email address
            </th>
            <th scope="col" className="govuk-table__header">
              Role
            </th>
            <th scope="col" className="govuk-table__header">
              Agency
            </th>
            {onRemove && (
              <th scope="col" className="govuk-table__header">
                <span className="govuk-visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {members.map((member) => (
            <tr className="govuk-table__row" key={member.userId}>
              <th scope="row" className="govuk-table__header app-table__row-header">
                {member.name}
              </th>
              <td className="govuk-table__cell app-break-words">{member.email}</td>
              <td className="govuk-table__cell">{REVIEW_ROLE_LABELS[member.role]}</td>
              <td className="govuk-table__cell">{agencyName(agencies, member.agencyId) || <span className="app-muted">None</span>}</td>
              {onRemove && (
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  <button type="button" className="app-link-button govuk-body" onClick={() => onRemove(member)}>
                    Remove<span className="govuk-visually-hidden"> {member.name}</span>
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  )
}
