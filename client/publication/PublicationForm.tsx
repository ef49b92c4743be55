import { PUBLICATION_STATUS_LABELS, PUBLICATION_STATUSES, PublicationViewSchema, type Publication, type PublicationStatus } from '../../shared/api/publication'
import { ProblemPanel } from '../app/ProblemPanel'
import { DateInputField } from '../forms/DateInputField'
import { ErrorSummary } from '../forms/ErrorSummary'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField, type RadioOption } from '../forms/RadiosField'
import { TextareaField } from '../forms/TextareaField'
import { useForm } from '../forms/useForm'
import { reviewPath } from '../app/router'
import { sendImrJson } from '../imr/imrApi'
import { checkPublication, publicationErrorsFrom, publicationSummaryErrors, valuesOf, type PublicationErrors } from './publicationForm'

const HINTS: Partial<Record<PublicationStatus, string>> = {
  delayed: 'For example, while a criminal trial is under way',
  published: 'On the board’s website, for at least 12 months',
}

const REASON_LABELS: Partial<Record<PublicationStatus, string>> = {
  delayed: 'Which proceedings it waits for',
  withheld: 'Why publishing would identify the child or the family',
}

/** The form that records where publication stands; `onSaved` is told once the server has it. */
export function PublicationForm({ reviewId, publication, onSaved }: { reviewId: string; publication: Publication; onSaved: (saved: Publication) => void }) {
  const { values, update, errors, summary, attempt, sending, submit } = useForm({
    initial: valuesOf(publication),
    noErrors: {} as PublicationErrors,
    check: checkPublication,
    send: async (record) => {
      const saved = await sendImrJson('PUT', `/api/reviews/${reviewId}/publication`, record, PublicationViewSchema)
      onSaved(saved.publication)
    },
    errorsFrom: publicationErrorsFrom,
    summary: publicationSummaryErrors,
  })
  const reasonField = (status: PublicationStatus) =>
    values.status === status ? <TextareaField id="reason" label={REASON_LABELS[status]} error={errors.reason} rows={3} value={values.reason} onChange={(reason) => update({ reason })} /> : undefined
  const options: RadioOption<PublicationStatus>[] = PUBLICATION_STATUSES.map((status) => ({ value: status, label: PUBLICATION_STATUS_LABELS[status], hint: HINTS[status], conditional: REASON_LABELS[status] ? reasonField(status) : undefined }))
  const usesDates = values.status === 'published' || values.status === 'withdrawn'
  return (
    <>
      {errors.problem && <ProblemPanel title="The publication record could not be saved" error={errors.problem} />}
      <ErrorSummary errors={summary} attempt={attempt} />
      <form onSubmit={submit} noValidate>
        <RadiosField id="status" legend="Where publication stands" legendClassName="govuk-fieldset__legend--m" error={errors.status} options={options} value={values.status} onChange={(status) => update({ status })} />
        {usesDates && (
          <>
            <DateInputField id="publishedOn" legend="Date it was published" hint="For example, 5 3 2026" error={errors.publishedOn} value={values.publishedOn} onChange={(publishedOn) => update({ publishedOn })} />
            <DateInputField
              id="comesDownOn"
              legend={values.status === 'withdrawn' ? 'Date it came down' : 'Date it may come down (optional)'}
              hint="At least 12 months after it was published"
              error={errors.comesDownOn}
              value={values.comesDownOn}
              onChange={(comesDownOn) => update({ comesDownOn })}
            />
          </>
        )}
        <FormButtons submitLabel="Save publication" sending={sending} cancelHref={reviewPath(reviewId)} />
      </form>
    </>
  )
}
