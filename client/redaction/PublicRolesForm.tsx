import { useState } from 'react'
import { writePublicRoles } from '../../shared/redaction/registerDoc'
import { ErrorSummary } from '../forms/ErrorSummary'
import { TextField } from '../forms/TextField'
import { useForm } from '../forms/useForm'
import { checkRoles, ROLE_FIELDS, rolesFieldId, rolesSummary, rolesValues, type PanelMemberValues, type RolesErrors, type RolesValues } from './publicRolesForm'
import { usePublicRoles, type RegisterStore } from './registerStore'

const NO_ERRORS: RolesErrors = {}

function PanelMembers({ members, errors, onChange }: { members: PanelMemberValues[]; errors: RolesErrors; onChange: (members: PanelMemberValues[]) => void }) {
  const change = (index: number, part: Partial<PanelMemberValues>) => onChange(members.map((member, at) => (at === index ? { ...member, ...part } : member)))
  return (
    <fieldset className="govuk-fieldset govuk-!-margin-bottom-4">
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">Members of the review panel</legend>
      <div className="govuk-hint">By job title and organisation, never by name</div>
      {members.map((member, index) => (
        <div key={index} className="app-panel-member" role="group" aria-label={`Panel member ${index + 1}`}>
          <TextField id={rolesFieldId(['panelMembers', index, 'jobTitle'])} label={`Job title (member ${index + 1})`} error={errors[rolesFieldId(['panelMembers', index, 'jobTitle'])]} value={member.jobTitle} onChange={(jobTitle) => change(index, { jobTitle })} />
          <TextField id={rolesFieldId(['panelMembers', index, 'organisation'])} label={`Organisation (member ${index + 1})`} error={errors[rolesFieldId(['panelMembers', index, 'organisation'])]} value={member.organisation} onChange={(organisation) => change(index, { organisation })} />
          <button type="button" className="app-link-button govuk-body-s" onClick={() => onChange(members.filter((_member, at) => at !== index))}>
            Remove member {index + 1}
          </button>
        </div>
      ))}
      <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => onChange([...members, { jobTitle: '', organisation: '' }])}>
        Add a panel member
      </button>
    </fieldset>
  )
}

function RolesForm({ store, initial, onSaved }: { store: RegisterStore; initial: RolesValues; onSaved: () => void }) {
  const form = useForm({
    initial,
    noErrors: NO_ERRORS,
    check: checkRoles,
    send: async (valid) => {
      writePublicRoles(store.doc, valid)
      onSaved()
    },
    errorsFrom: () => NO_ERRORS,
    summary: rolesSummary,
  })
  const { values, update, errors } = form
  return (
    <form onSubmit={form.submit} noValidate aria-label="Roles named in the summary">
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      {ROLE_FIELDS.map(({ field, label, hint }) => (
        <TextField key={field} id={rolesFieldId([field])} label={label} hint={hint} error={errors[rolesFieldId([field])]} value={values[field]} onChange={(value) => update({ [field]: value })} />
      ))}
      <PanelMembers members={values.panelMembers} errors={errors} onChange={(panelMembers) => update({ panelMembers })} />
      <button type="submit" className="govuk-button app-button--small">
        Save roles
      </button>
    </form>
  )
}

/** The roles the executive summary names openly; saved into the report for everyone editing it. */
export function PublicRolesForm({ store, editable }: { store: RegisterStore; editable: boolean }) {
  const roles = usePublicRoles(store)
  // A new form after each save, starting from what was saved.
  const [saves, setSaves] = useState(0)
  if (!editable) {
    return (
      <dl className="govuk-body-s">
        {ROLE_FIELDS.map(({ field, label }) => (
          <div key={field}>
            <dt className="govuk-!-font-weight-bold">{label}</dt>
            <dd className="govuk-!-margin-left-0 govuk-!-margin-bottom-2">{roles[field] || 'Not given'}</dd>
          </div>
        ))}
      </dl>
    )
  }
  return (
    <>
      <RolesForm key={saves} store={store} initial={rolesValues(roles)} onSaved={() => setSaves((count) => count + 1)} />
      <p className="govuk-body-s" role="status">
        {saves > 0 ? 'The roles were saved.' : ''}
      </p>
    </>
  )
}
