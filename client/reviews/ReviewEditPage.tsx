import { useState, type FormEvent } from 'react'
import { REVIEW_STATUS_LABELS, REVIEW_STATUSES, ReviewSchema, type Review, type ReviewStatus } from '../../shared/api/reviews'
import { asApiError, sendJson } from '../api/http'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { followLink, navigate, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { ErrorSummary, type FormError } from '../forms/ErrorSummary'
import { RadiosField } from '../forms/RadiosField'
import { NoPermission } from './NoPermission'
import { KeyDateFields } from './KeyDateFields'
import { checkKeyDates, keyDatePartsOf, keyDateSummary, type KeyDateErrors } from './keyDateFields'
import { WithReview } from './useReview'

const STATUS_OPTIONS = REVIEW_STATUSES.map((status) => ({ value: status, label: REVIEW_STATUS_LABELS[status] }))

function EditForm({ review }: { review: Review }) {
  const [status, setStatus] = useState<ReviewStatus>(review.status)
  const [dates, setDates] = useState(() => keyDatePartsOf(review.dates))
  const [errors, setErrors] = useState<KeyDateErrors>({})
  const [problem, setProblem] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const [sending, setSending] = useState(false)
  const summary: FormError[] = [...(problem ? [{ href: 'status', text: problem }] : []), ...keyDateSummary(errors)]
  usePageTitle(`Change status and key dates: ${review.title}`, summary.length > 0)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (sending) return
    const checked = checkKeyDates(dates)
    setErrors(checked.errors)
    setProblem(null)
    setAttempt((current) => current + 1)
    if (!checked.dates) return
    setSending(true)
    try {
      await sendJson('PATCH', `/api/reviews/${review.id}`, { status, dates: checked.dates }, ReviewSchema)
      navigate(reviewPath(review.id), { flash: 'The status and key dates were saved.' })
    } catch (error) {
      setProblem(asApiError(error).message)
      setAttempt((current) => current + 1)
      setSending(false)
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={summary} attempt={attempt} />
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">Change status and key dates</h1>
        <form onSubmit={submit} noValidate>
          <RadiosField id="status" legend="Status" legendClassName="govuk-fieldset__legend--m" options={STATUS_OPTIONS} value={status} onChange={setStatus} />
          <h2 className="govuk-heading-m">Key dates</h2>
          <p className="govuk-body">The statutory timescales are worked out from these dates.</p>
          <KeyDateFields value={dates} errors={errors} onChange={setDates} />
          <div className="govuk-button-group">
            <button type="submit" className="govuk-button" disabled={sending} aria-disabled={sending}>
              Save changes
            </button>
            <a className="govuk-link" href={reviewPath(review.id)} onClick={followLink}>
              Cancel
            </a>
          </div>
        </form>
      </div>
    </div>
  )
}

export function ReviewEditPage({ reviewId }: { reviewId: string }) {
  return (
    <WithReview reviewId={reviewId}>
      {(review) => (
        <>
          <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }, { href: reviewPath(review.id), text: review.title }]} />
          {review.capabilities.includes('review.edit') ? <EditForm review={review} /> : <NoPermission review={review} what="change this review" />}
        </>
      )}
    </WithReview>
  )
}
