import type { Review } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS, REVIEW_ROLES } from '../../shared/auth/roles'
import { ACCOUNTS_PATH, followLink } from '../app/router'
import { useIsAdmin } from '../auth/session'
import { RadiosField } from '../forms/RadiosField'
import { SelectField } from '../forms/SelectField'
import { TextField } from '../forms/TextField'
import { memberFieldId } from './addMemberForm'
import type { AddMember } from './useAddMember'

const ROLE_HINTS = {
  author: 'Drafts the overview report, edits every IMR and manages the people in the review',
  panel: 'Co-drafts the overview report and reads every IMR',
  agency: 'Writes their own agency’s IMR, and sees nothing else',
  comms: 'Sees only the anonymised executive summary and media statement',
} as const

/** Where a person's account comes from: an administrator makes it on the Accounts page. */
function AccountFirst() {
  const isAdmin = useIsAdmin()
  return (
    <p className="govuk-body">
      {isAdmin ? (
        <>
          They need an account first. If they do not have one,{' '}
          <a className="govuk-link" href={ACCOUNTS_PATH} onClick={followLink}>
            create an account for them
          </a>
          .
        </>
      ) : (
        'They need an account first: ask the board’s business manager to create one.'
      )}{' '}
      If they are already in this review, their role changes.
    </p>
  )
}

/** Adds a person with an account to the review, or changes the role of someone already in it. */
export function AddMemberForm({ review, form }: { review: Review; form: AddMember }) {
  const { values, update, errors } = form
  const agencyOptions = review.agencies.map((agency) => ({ value: agency.id, label: agency.name }))
  const agencySelect =
    agencyOptions.length > 0 ? (
      <SelectField
        id={memberFieldId('agencyId')}
        label="Agency"
        placeholder="Choose an agency"
        error={errors.agencyId}
        options={agencyOptions}
        value={values.agencyId}
        onChange={(agencyId) => update({ agencyId })}
      />
    ) : (
      <p className="govuk-body">This review has no agencies yet.</p>
    )
  const roleOptions = REVIEW_ROLES.map((role) => ({
    value: role,
    label: REVIEW_ROLE_LABELS[role],
    hint: ROLE_HINTS[role],
    conditional: role === 'agency' ? agencySelect : undefined,
  }))

  return (
    <form onSubmit={form.submit} noValidate className="app-add-member" aria-labelledby="add-member-heading">
      <h2 className="govuk-heading-m" id="add-member-heading">
        Add a person
      </h2>
      <AccountFirst />
      <TextField
        id={memberFieldId('email')}
        label="Email address"
        type="email"
        autoComplete="off"
        spellCheck={false}
        error={errors.email}
        value={values.email}
        onChange={(email) => update({ email })}
        widthClassName="govuk-!-width-two-thirds"
      />
      <RadiosField id={memberFieldId('role')} legend="Role" error={errors.role} options={roleOptions} value={values.role} onChange={(role) => update({ role })} />
      <button type="submit" className="govuk-button" disabled={form.sending} aria-disabled={form.sending}>
        Add person
      </button>
    </form>
  )
}
