import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../shared/actionPlan/actionStatus'
import type { ActionPlanView } from '../../shared/api/actionPlan'
import { DateInputField } from '../forms/DateInputField'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField } from '../forms/RadiosField'
import { SelectField } from '../forms/SelectField'
import { TextareaField } from '../forms/TextareaField'
import { TextField } from '../forms/TextField'
import { actionFieldId } from './actionForm'
import type { ActionForm as ActionFormState } from './useActionForm'

const STATUS_HINTS = {
  'not-started': undefined,
  'on-track': 'Going as planned',
  'at-risk': 'It may miss its target date',
  overdue: 'It has missed a milestone or its target date',
  complete: 'Done: say below what difference it made',
} as const

/** The fields of one action: what it answers, what changes, who leads it and by when, and how it is going. */
export function ActionForm({ plan, form, submitLabel, cancelHref }: { plan: ActionPlanView; form: ActionFormState; submitLabel: string; cancelHref: string }) {
  const { values, update, errors } = form
  return (
    <form onSubmit={form.submit} noValidate>
      <RadiosField
        id={actionFieldId('recommendationId')}
        legend="Which recommendation does it answer?"
        legendClassName="govuk-fieldset__legend--m"
        error={errors.recommendationId}
        options={plan.recommendations.map((recommendation) => ({ value: recommendation.recommendationId, label: `Recommendation ${recommendation.number}`, hint: recommendation.text }))}
        value={values.recommendationId}
        onChange={(recommendationId) => update({ recommendationId })}
      />
      <TextareaField
        id={actionFieldId('change')}
        label="What will change"
        hint="The specific change in practice, so that the board can tell when it has happened"
        error={errors.change}
        value={values.change}
        onChange={(change) => update({ change })}
      />
      <SelectField
        id={actionFieldId('leadAgencyId')}
        label="Lead agency"
        placeholder="Choose an agency"
        error={errors.leadAgencyId}
        options={plan.agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
        value={values.leadAgencyId}
        onChange={(leadAgencyId) => update({ leadAgencyId })}
      />
      <TextField
        id={actionFieldId('responsibleRole')}
        label="Responsible role"
        hint="A role, such as Head of Service, Children’s Social Care: never a person’s name"
        error={errors.responsibleRole}
        value={values.responsibleRole}
        onChange={(responsibleRole) => update({ responsibleRole })}
        widthClassName="govuk-!-width-two-thirds"
        autoComplete="off"
      />
      <DateInputField id={actionFieldId('targetDate')} legend="Target date" hint="For example, 31 3 2027" error={errors.targetDate} value={values.targetDate} onChange={(targetDate) => update({ targetDate })} />
      <RadiosField
        id={actionFieldId('status')}
        legend="Status"
        hint="As the lead agency last reported it. Once the target date has passed, an action that is not complete shows as overdue."
        error={errors.status}
        options={ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status], hint: STATUS_HINTS[status] }))}
        value={values.status}
        onChange={(status) => update({ status })}
        small
      />
      <TextareaField
        id={actionFieldId('evidenceOfImpact')}
        label="Evidence of impact (optional)"
        hint="What difference the change has made, and how you know: an audit, figures, what children and families say"
        rows={3}
        error={errors.evidenceOfImpact}
        value={values.evidenceOfImpact}
        onChange={(evidenceOfImpact) => update({ evidenceOfImpact })}
      />
      <DateInputField
        id={actionFieldId('nextMonitoringDate')}
        legend="Next monitoring date (optional)"
        hint="When the board next looks at this action"
        error={errors.nextMonitoringDate}
        value={values.nextMonitoringDate}
        onChange={(nextMonitoringDate) => update({ nextMonitoringDate })}
      />
      <FormButtons submitLabel={submitLabel} sending={form.sending} cancelHref={cancelHref} />
    </form>
  )
}
