import { REVIEW_KIND_LABELS, type Review } from '../../shared/api/reviews'
import type { Capability } from '../../shared/auth/roles'
import { Breadcrumbs } from '../app/Breadcrumbs'
import { followLink, reviewPath, useFlash } from '../app/router'
import { SuccessBanner } from '../app/SuccessBanner'
import { usePageTitle } from '../app/usePageTitle'
import { mayReadSummary } from '../summary/SummaryPage'
import { PublicationTag } from '../publication/PublicationTag'
import { ActionPlanLink } from '../actionPlan/ActionPlanLink'
import { DocumentList } from './DocumentList'
import { KeyDateList, StatutoryClock } from './KeyDates'
import { roleLabel } from './roleLabel'
import { StatusTag } from './StatusTag'
import { WithReview } from './useReview'

const MANAGE_LINKS: { capability: Capability; part: string; text: string }[] = [
  { capability: 'members.read', part: 'members', text: 'Members' },
  { capability: 'audit.read', part: 'audit', text: 'Audit log' },
]

function Overview({ review }: { review: Review }) {
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border app-summary-compact">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Status</dt>
        <dd className="govuk-summary-list__value">
          <StatusTag status={review.status} />
        </dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Your role</dt>
        <dd className="govuk-summary-list__value">{roleLabel(review)}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Publication</dt>
        <dd className="govuk-summary-list__value">
          <PublicationTag publication={review.publication} />
          <a className="govuk-link app-block govuk-!-margin-top-1" href={reviewPath(review.id, 'publication')} onClick={followLink}>
            {review.capabilities.includes('publication.manage') ? 'Change the publication' : 'About the publication'}
          </a>
        </dd>
      </div>
    </dl>
  )
}

function ManageLinks({ review }: { review: Review }) {
  const links = MANAGE_LINKS.filter((link) => review.capabilities.includes(link.capability))
  if (links.length === 0) return null
  return (
    <>
      <h2 className="govuk-heading-m">Running the review</h2>
      <ul className="govuk-list">
        {links.map((link) => (
          <li key={link.part}>
            <a className="govuk-link" href={reviewPath(review.id, link.part)} onClick={followLink}>
              {link.text}
            </a>
          </li>
        ))}
      </ul>
    </>
  )
}

function PublicOutputs({ review }: { review: Review }) {
  return (
    <>
      <h2 className="govuk-heading-m">Public outputs</h2>
      <ul className="govuk-list app-document-list">
        <li className="app-document-list__item">
          <a className="govuk-link govuk-!-font-weight-bold" href={reviewPath(review.id, 'summary')} onClick={followLink}>
            Executive summary
          </a>
          <span className="govuk-body-s app-block app-muted">The anonymised summary for publication, with its downloads</span>
        </li>
        {review.capabilities.includes('response.read') && (
          <li className="app-document-list__item">
            <a className="govuk-link govuk-!-font-weight-bold" href={reviewPath(review.id, 'board-response')} onClick={followLink}>
              The board’s response
            </a>
            <span className="govuk-body-s app-block app-muted">Whether the board accepts the findings, what it has done and what more it will do, published with the summary</span>
          </li>
        )}
      </ul>
    </>
  )
}

function ReviewDetails({ review }: { review: Review }) {
  usePageTitle(review.title)
  const flash = useFlash()
  const canEdit = review.capabilities.includes('review.edit')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <Breadcrumbs crumbs={[{ href: '/', text: 'Your reviews' }]} />
        <SuccessBanner message={flash} />
        <span className="govuk-caption-l">{REVIEW_KIND_LABELS[review.kind]}</span>
        <h1 className="govuk-heading-l">{review.title}</h1>
        <Overview review={review} />
        {canEdit && (
          <p className="govuk-body">
            <a className="govuk-link" href={reviewPath(review.id, 'edit')} onClick={followLink}>
              Change the status and key dates
            </a>
          </p>
        )}

        <h2 className="govuk-heading-m">Documents</h2>
        <DocumentList review={review} />

        {mayReadSummary(review) && <PublicOutputs review={review} />}

        <ActionPlanLink review={review} />

        <h2 className="govuk-heading-m">Key dates</h2>
        <KeyDateList review={review} canEdit={canEdit} />

        <h2 className="govuk-heading-m">Statutory timescales</h2>
        <StatutoryClock review={review} />

        <ManageLinks review={review} />
      </div>
    </div>
  )
}

export function ReviewPage({ reviewId }: { reviewId: string }) {
  return <WithReview reviewId={reviewId}>{(review) => <ReviewDetails review={review} />}</WithReview>
}
