import { DATE_PRECISION_LABELS, DATE_PRECISIONS } from '../../shared/imr/chronologyDate'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField } from '../forms/RadiosField'
import { TextareaField } from '../forms/TextareaField'
import { TextField } from '../forms/TextField'
import { ChronologyDateInput } from './ChronologyDateInput'
import { ENTRY_DATE_ID, entryFieldId } from './chronologyEntryForm'
import { FlagCheckboxes } from './FlagCheckboxes'
import type { EntryForm as EntryFormState } from './useEntryForm'

const PRECISION_HINTS = {
  day: 'The record gives the day',
  month: 'The record gives the month but not the day',
  approximate: 'The record gives no exact day, but you can estimate it',
} as const

/** The fields of one chronology entry, in the order a record is read: when, who, what, from where, what followed. */
export function EntryForm({ form, submitLabel, cancelHref }: { form: EntryFormState; submitLabel: string; cancelHref: string }) {
  const { values, update, errors } = form
  const dateInput = values.precision && (
    <ChronologyDateInput id={ENTRY_DATE_ID} precision={values.precision} error={errors.date} value={values.date} onChange={(date) => update({ date })} />
  )
  const precisionOptions = DATE_PRECISIONS.map((precision) => ({
    value: precision,
    label: DATE_PRECISION_LABELS[precision],
    hint: PRECISION_HINTS[precision],
    conditional: values.precision === precision ? dateInput : undefined,
  }))
  return (
    <form onSubmit={form.submit} noValidate>
      <RadiosField
        id={entryFieldId('precision')}
        legend="How sure is the date?"
        legendClassName="govuk-fieldset__legend--m"
        error={errors.precision}
        options={precisionOptions}
        value={values.precision}
        onChange={(precision) => update({ precision })}
      />
      <TextField
        id={entryFieldId('time')}
        label="Time (optional)"
        hint="On the 24-hour clock, for example 14:30"
        error={errors.time}
        value={values.time}
        onChange={(time) => update({ time })}
        widthClassName="govuk-input--width-5"
        inputMode="numeric"
        autoComplete="off"
      />
      <TextField
        id={entryFieldId('practitionerRole')}
        label="Practitioner’s role"
        hint="Their role, such as Health Visitor 1: never their name"
        error={errors.practitionerRole}
        value={values.practitionerRole}
        onChange={(practitionerRole) => update({ practitionerRole })}
        widthClassName="govuk-!-width-two-thirds"
        autoComplete="off"
      />
      <TextareaField
        id={entryFieldId('event')}
        label="What happened"
        hint="Say plainly what was seen, said and done, without judging it"
        error={errors.event}
        value={values.event}
        onChange={(event) => update({ event })}
      />
      <TextField
        id={entryFieldId('source')}
        label="Source"
        hint="Where this comes from: a record (such as the health visiting notes) or a person’s role"
        error={errors.source}
        value={values.source}
        onChange={(source) => update({ source })}
        autoComplete="off"
      />
      <TextareaField id={entryFieldId('impact')} label="Impact on the child (optional)" rows={3} error={errors.impact} value={values.impact} onChange={(impact) => update({ impact })} />
      <TextareaField
        id={entryFieldId('actionTaken')}
        label="Action taken (optional)"
        rows={3}
        error={errors.actionTaken}
        value={values.actionTaken}
        onChange={(actionTaken) => update({ actionTaken })}
      />
      <FlagCheckboxes id={entryFieldId('flags')} error={errors.flags} value={values.flags} onChange={(flags) => update({ flags })} />
      <FormButtons submitLabel={submitLabel} sending={form.sending} cancelHref={cancelHref} />
    </form>
  )
}
