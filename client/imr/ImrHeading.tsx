import type { ImrSummary } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { formatIsoDate } from '../forms/formatDate'
import { ImrStatusTag } from './ImrStatusTag'

/** The agency's name and where its IMR stands: requested, received, or signed off by whom and when. */
export function ImrHeading({ review, imr }: { review: Review; imr: ImrSummary }) {
  return (
    <>
      <span className="govuk-caption-l">Individual management review: {review.title}</span>
      <h1 className="govuk-heading-l app-page-title">
        {imr.agencyName} <ImrStatusTag status={imr.status} className="app-imr-heading__status" />
      </h1>
      {imr.signOff && (
        <p className="govuk-body" data-testid="imr-sign-off">
          Signed off by {imr.signOff.name}, {imr.signOff.role}, on {formatIsoDate(imr.signOff.date)}.
        </p>
      )}
    </>
  )
}
