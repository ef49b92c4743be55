import type { ReactNode } from 'react'
import type { Review } from '../../shared/api/reviews'
import type { ClockStep } from '../../shared/reviews/statutoryClock'
import { followLink, reviewPath } from '../app/router'
import { formatIsoDate } from '../forms/formatDate'
import { clockOf } from './clock'
import { Deadline } from './Deadline'

export const KEY_DATE_LABELS = {
  notification: 'Notification of the case',
  decision: 'Decision to hold a review',
  panelFirstMeeting: 'First panel meeting',
} as const

/** A row of a summary list, with a change link when the person may change the value. */
function Row({ label, value, change }: { label: string; value: ReactNode; change?: string }) {
  return (
    <div className="govuk-summary-list__row">
      <dt className="govuk-summary-list__key">{label}</dt>
      <dd className="govuk-summary-list__value">{value}</dd>
      {change && (
        <dd className="govuk-summary-list__actions">
          <a className="govuk-link" href={change} onClick={followLink}>
            Change<span className="govuk-visually-hidden"> {label.toLowerCase()}</span>
          </a>
        </dd>
      )}
    </div>
  )
}

const notRecorded = <span className="app-muted">Not recorded</span>

export function KeyDateList({ review, canEdit }: { review: Review; canEdit: boolean }) {
  const change = canEdit ? reviewPath(review.id, 'edit') : undefined
  return (
    <dl className="govuk-summary-list">
      {(Object.keys(KEY_DATE_LABELS) as (keyof typeof KEY_DATE_LABELS)[]).map((key) => {
        const date = review.dates[key]
        return <Row key={key} label={KEY_DATE_LABELS[key]} value={date ? formatIsoDate(date) : notRecorded} change={change} />
      })}
    </dl>
  )
}

const WAITING: Record<ClockStep['key'], string> = {
  decision: 'Due one month after the notification. Record the notification date to start the clock.',
  review: 'Due six months after the decision to hold a review. Record the decision date to start the clock.',
}

function StepValue({ step, review }: { step: ClockStep; review: Review }) {
  if (step.state === 'due' || step.state === 'overdue') return <Deadline step={step} />
  if (step.state === 'waiting') return <span className="app-muted">{WAITING[step.key]}</span>
  if (step.key === 'decision' && review.dates.decision) return <>Done: decided on {formatIsoDate(review.dates.decision)}</>
  return <>Done</>
}

/** The statutory timescales: when the decision and the review are due, and how long is left. */
export function StatutoryClock({ review }: { review: Review }) {
  return (
    <dl className="govuk-summary-list">
      {clockOf(review).map((step) => (
        <Row key={step.key} label={step.label} value={<StepValue step={step} review={review} />} />
      ))}
    </dl>
  )
}
