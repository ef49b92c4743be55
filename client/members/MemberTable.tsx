import type { MemberView } from '../../shared/api/auth'
import type { Agency } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS } from '../../shared/auth/roles'
import { DataTable, type Column } from '../app/DataTable'

export function agencyName(agencies: Agency[], agencyId: string | null): string {
  if (!agencyId) return ''
  return agencies.find((agency) => agency.id === agencyId)?.name ?? agencyId
}

const MEMBER_COLUMNS: Column[] = [{ label: 'Name' }, { label: 'Email address' }, { label: 'Role' }, { label: 'Agency' }]

export function MemberTable(props: { members: MemberView[]; agencies: Agency[]; onRemove: ((member: MemberView) => void) | null }) {
  const { members, agencies, onRemove } = props
  return (
    <DataTable label="People in this review" caption="People in this review" className="app-member-table" columns={onRemove ? [...MEMBER_COLUMNS, { label: 'Actions', visuallyHidden: true }] : MEMBER_COLUMNS}>
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
    </DataTable>
  )
}
