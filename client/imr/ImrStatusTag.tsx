import { IMR_STATUS_LABELS, type ImrStatus } from '../../shared/imr/imrDetails'

const STATUS_COLOURS: Record<ImrStatus, string> = {
  requested: 'govuk-tag--yellow',
  received: 'govuk-tag--blue',
  'signed-off': 'govuk-tag--green',
}

export function ImrStatusTag({ status, className = '' }: { status: ImrStatus; className?: string }) {
  return <strong className={`govuk-tag ${STATUS_COLOURS[status]} ${className}`.trim()}>{IMR_STATUS_LABELS[status]}</strong>
}
