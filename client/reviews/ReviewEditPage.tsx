import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, ReviewSchema, type Review } from '../../shared/api/reviews'
import { sendJson, type ApiError } from '../api/http'
import { navigate, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { ErrorSummary, type FormError } from '../forms/ErrorSummary'
import { hasErrors } from '../forms/fieldErrors'
import { FormButtons } from '../forms/FormButtons'
import { RadiosField } from '../forms/RadiosField'
import { useForm } from '../forms/useForm'
import { KeyDateFields } from './KeyDateFields'
import { checkKeyDates, keyDateErrorsFrom, keyDatePartsOf, keyDateSummary, type KeyDateErrors } from './keyDateFields'
import { ReviewSubpage } from './ReviewSubpage'

const STATUS_OPTIONS = REVIEW_STATUSES.map((status) => ({ value: status, label: REVIEW_STATUS_LABELS[status] }))

interface EditErrors {
  dates: KeyDateErrors
  /** A refusal about no date in particular: in the summary, linked to the first field. */
  other?: string
}

const NO_ERRORS: EditErrors = { dates: {} }

function editErrorsFrom(error: ApiError): EditErrors {
  const dates = keyDateErrorsFrom(error.fields)
  return hasErrors(dates) ? { dates } : { dates, other: error.message }
}

function editSummary({ dates, other }: EditErrors): FormError[] {
  return [...(other ? [{ href: 'status', text: other }] : []), ...keyDateSummary(dates)]
}

function EditForm({ review }: { review: Review }) {
  const { values, update, errors, summary, attempt, sending, submit } = useForm({
    initial: { status: review.status, dates: keyDatePartsOf(review.dates) },
    noErrors: NO_ERRORS,
    check: ({ status, dates }) => {
      const checked = checkKeyDates(dates)
      return { valid: checked.dates && { status, dates: checked.dates }, errors: { dates: checked.errors } }
    },
    send: async (changes) => {
      await sendJson('PATCH', `/api/reviews/${review.id}`, changes, ReviewSchema)
      navigate(reviewPath(review.id), { flash: 'The status and key dates were saved.' })
    },
    errorsFrom: editErrorsFrom,
    summary: editSummary,
  })
  usePageTitle(`Change status and key dates: ${review.title}`, summary.length > 0)

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} attempt={attempt} />
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">Change status and key dates</h1>
        <form onSubmit={submit} noValidate>
          <RadiosField id="status" legend="Status" legendClassName="govuk-fieldset__legend--m" options={STATUS_OPTIONS} value={values.status} onChange={(status) => update({ status })} />
          <h2 className="govuk-heading-m">Key dates</h2>
          <p className="govuk-body">The statutory timescales are worked out from these dates.</p>
          <KeyDateFields value={values.dates} errors={errors.dates} onChange={(dates) => update({ dates })} />
          <FormButtons submitLabel="Save changes" sending={sending} cancelHref={reviewPath(review.id)} />
        </form>
      </div>
    </div>
  )
}

export function ReviewEditPage({ reviewId }: { reviewId: string }) {
  return (
    <ReviewSubpage reviewId={reviewId} capability="review.edit" cannot="change this review">
      {(review) => <EditForm review={review} />}
    </ReviewSubpage>
  )
}
