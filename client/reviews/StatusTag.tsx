import { REVIEW_STATUS_LABELS, type ReviewStatus } from '../../shared/api/reviews'

const STATUS_COLOURS: Record<ReviewStatus, string> = {
  'decision-pending': 'govuk-tag--yellow',
  'in-progress': 'govuk-tag--blue',
  'with-panel': 'govuk-tag--purple',
  'signed-off': 'govuk-tag--green',
  published: 'govuk-tag--grey',
}

export function StatusTag({ status }: { status: ReviewStatus }) {
  return <strong className={`govuk-tag ${STATUS_COLOURS[status]}`}>{REVIEW_STATUS_LABELS[status]}</strong>
}
