import { useEffect } from 'react'
import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { AUTHOR_INVOLVEMENT_LABELS, AUTHOR_INVOLVEMENTS, type ImrDetailsFields } from '../../shared/imr/imrDetails'
import type { ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { imrPath, navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { DateInputField } from '../forms/DateInputField'
import { hasErrors } from '../forms/fieldErrors'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField } from '../forms/RadiosField'
import { TextareaField } from '../forms/TextareaField'
import { TextField } from '../forms/TextField'
import { useForm } from '../forms/useForm'
import { mayChangeImr } from './imrAccess'
import { imrApiPath, sendImrJson } from './imrApi'
import { ImrChangesClosed } from './ImrChangesClosed'
import { ImrFormLayout } from './ImrFormLayout'
import { checkDetails, detailsErrorsFrom, detailsFieldId, detailsSummary, detailsValuesOf, type DetailsErrors, type DetailsValues } from './imrDetailsForm'
import { RecommendationsField } from './RecommendationsField'

type Errors = DetailsErrors & { problem?: ApiError }

const NO_ERRORS: Errors = {}

const INVOLVEMENT_OPTIONS = AUTHOR_INVOLVEMENTS.map((involvement) => ({ value: involvement, label: AUTHOR_INVOLVEMENT_LABELS[involvement] }))

/** A "Change" link names the field to start at, after the `#`. */
function useFocusFromAddress(): void {
  useEffect(() => {
    const id = window.location.hash.slice(1)
    const field = id ? document.getElementById(id) : null
    if (!field) return
    ;(field.closest('.govuk-form-group') ?? field).scrollIntoView()
    field.focus({ preventScroll: true })
  }, [])
}

function DetailsForm({ review, imr }: { review: Review; imr: ImrView }) {
  const form = useForm<DetailsValues, Errors, ImrDetailsFields>({
    initial: detailsValuesOf(imr.details),
    noErrors: NO_ERRORS,
    check: (values) => {
      const { fields, errors } = checkDetails(values)
      return { valid: fields, errors }
    },
    send: async (fields) => {
      await sendImrJson('PUT', imrApiPath(review.id, imr.agencyId, 'details'), fields)
      navigate(imrPath(review.id, imr.agencyId), { flash: 'The details of the IMR were saved' })
    },
    errorsFrom: (error) => {
      const errors = detailsErrorsFrom(error.fields)
      return hasErrors(errors) ? errors : { problem: error }
    },
    summary: detailsSummary,
  })
  const { values, update, errors } = form
  usePageTitle(`Details: IMR: ${imr.agencyName}`, form.summary.length > 0)
  useFocusFromAddress()
  const text = (field: 'recordsRead' | 'peopleInterviewed' | 'workload' | 'staffing' | 'organisationalChange', label: string, hint: string) => (
    <TextareaField id={detailsFieldId(field)} label={label} hint={hint} rows={4} error={errors[field]} value={values[field]} onChange={(value) => update({ [field]: value })} />
  )
  return (
    <ImrFormLayout imr={imr} heading="About this IMR" form={form} problems={errors.problem && <ProblemPanel title="The details could not be saved" error={errors.problem} />}>
      <p className="govuk-body">Any of these can be left empty for now, and filled in before the IMR is signed off.</p>
      <form onSubmit={form.submit} noValidate>
        <h2 className="govuk-heading-m">The IMR author</h2>
        <TextField
          id={detailsFieldId('authorRole')}
          label="Your role in the agency"
          hint="For example, Named Nurse for Safeguarding Children"
          error={errors.authorRole}
          value={values.authorRole}
          onChange={(authorRole) => update({ authorRole })}
          autoComplete="organization-title"
        />
        <RadiosField
          id={detailsFieldId('authorInvolvement')}
          legend="How close were you to the case?"
          hint="An IMR author should not have been directly involved with the child or family"
          error={errors.authorInvolvement}
          options={INVOLVEMENT_OPTIONS}
          value={values.authorInvolvement}
          onChange={(authorInvolvement) => update({ authorInvolvement })}
        />
        <DateInputField
          id={detailsFieldId('recordsSecuredOn')}
          legend="Date the records were secured"
          hint="When the agency’s records of the case were secured against change, for example 27 3 2025"
          error={errors.recordsSecuredOn}
          value={values.recordsSecuredOn}
          onChange={(recordsSecuredOn) => update({ recordsSecuredOn })}
        />
        <h2 className="govuk-heading-m">How the review was done</h2>
        {text('recordsRead', 'Records read', 'Which records you read, such as case files, GP notes and databases')}
        {text('peopleInterviewed', 'People interviewed', 'By their roles, never their names')}
        <h2 className="govuk-heading-m">The context of the work</h2>
        {text('workload', 'Workload', 'The caseloads and demands on the practitioners at the time')}
        {text('staffing', 'Staffing', 'Vacancies, sickness, agency staff and supervision at the time')}
        {text('organisationalChange', 'Organisational change', 'Restructures, new systems or new procedures at the time')}
        <RecommendationsField value={values.recommendations} errors={errors.recommendations} onChange={(recommendations) => update({ recommendations })} />
        <FormButtons submitLabel="Save the details" sending={form.sending} cancelHref={imrPath(review.id, imr.agencyId)} className="app-imr-form-end" />
      </form>
    </ImrFormLayout>
  )
}

/** The IMR's details in one form: the author, how the review was done, its context, its recommendations. */
export function ImrDetailsPage({ review, imr }: { review: Review; imr: ImrView }) {
  if (!mayChangeImr(review, imr)) return <ImrChangesClosed review={review} imr={imr} />
  return <DetailsForm review={review} imr={imr} />
}
