import { useState } from 'react'
import { PUBLICATION_STATUS_LABELS, type Publication } from '../../shared/api/publication'
import type { Review } from '../../shared/api/reviews'
import { publicationSummary } from '../../shared/publication/publicationSummary'
import { SuccessBanner } from '../app/SuccessBanner'
import { usePageTitle } from '../app/usePageTitle'
import { ReviewSubpage } from '../reviews/ReviewSubpage'
import type { DownloadProblem } from '../summary/downloadExport'
import { ExportRefusal } from '../summary/ExportRefusal'
import { PublicationForm } from './PublicationForm'
import { PublicationPackDownload } from './PublicationPackDownload'

function PublicationRecord({ publication }: { publication: Publication }) {
  return (
    <dl className="govuk-summary-list">
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">Status</dt>
        <dd className="govuk-summary-list__value">{PUBLICATION_STATUS_LABELS[publication.status]}</dd>
      </div>
      <div className="govuk-summary-list__row">
        <dt className="govuk-summary-list__key">In short</dt>
        <dd className="govuk-summary-list__value">{publicationSummary(publication)}</dd>
      </div>
      {publication.reason && (
        <div className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">Reason</dt>
          <dd className="govuk-summary-list__value app-pre-line">{publication.reason}</dd>
        </div>
      )}
    </dl>
  )
}

function PublicationContent({ review }: { review: Review }) {
  // The review's own record, as the review answer carried it; replaced by what the server saved.
  const [publication, setPublication] = useState(review.publication)
  const [saved, setSaved] = useState<string | null>(null)
  const [problem, setProblem] = useState<DownloadProblem | null>(null)
  const canManage = review.capabilities.includes('publication.manage')
  usePageTitle(`Publication: ${review.title}`, problem !== null)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {problem && <ExportRefusal reviewId={review.id} problem={problem} />}
        <SuccessBanner message={saved} />
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">Publication</h1>
        <p className="govuk-body">The executive summary, the board’s response and the media statement are published together, on the board’s website, for at least 12 months.</p>
        {canManage ? (
          <PublicationForm
            key={publication.updatedAt ?? 'new'}
            reviewId={review.id}
            publication={publication}
            onSaved={(record) => {
              setPublication(record)
              setSaved(`Publication saved: ${publicationSummary(record)}.`)
            }}
          />
        ) : (
          <PublicationRecord publication={publication} />
        )}
        {review.capabilities.includes('export.public') && <PublicationPackDownload review={review} onOutcome={(outcome) => setProblem(outcome.kind === 'saved' ? null : outcome)} />}
      </div>
    </div>
  )
}

/** Where the review's publication stands, for every member; the comms lead and the admin record it. */
export function PublicationPage({ reviewId }: { reviewId: string }) {
  return (
    <ReviewSubpage reviewId={reviewId} capability="review.read" cannot="see its publication">
      {(review) => <PublicationContent review={review} />}
    </ReviewSubpage>
  )
}
