import { useState } from 'react'
import type { Review } from '../../shared/api/reviews'
import { SummaryViewSchema, type SummaryView } from '../../shared/api/summary'
import { isInSummary } from '../../shared/summary/executiveSummary'
import { useResource } from '../api/useResource'
import { LoadedResource } from '../app/LoadedResource'
import { followLink, reviewPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { NoPermission } from '../reviews/NoPermission'
import { ReviewBreadcrumbs } from '../reviews/ReviewSubpage'
import { WithReview } from '../reviews/useReview'
import type { DownloadProblem } from './downloadExport'
import { ExportRefusal } from './ExportRefusal'
import { LeakFindingList } from './LeakFindings'
import { SummaryDownloads } from './SummaryDownloads'
import { PublicationPackDownload } from '../publication/PublicationPackDownload'
import { SummaryWarnings } from './SummaryWarnings'

export const mayReadSummary = (review: Review): boolean => review.capabilities.includes('export.public') || review.capabilities.includes('report.read')

function NotYetPublishable({ review, summary, onAccepted }: { review: Review; summary: SummaryView; onAccepted: () => void }) {
  const count = summary.findingCount
  return (
    <div className="govuk-inset-text">
      <p className="govuk-body">
        The leak check found {count} {count === 1 ? 'thing' : 'things'} in the summary that could identify someone. It cannot be shown or downloaded
        until {count === 1 ? 'it is' : 'they are'} redacted in the report.
      </p>
      {summary.findings && (
        <>
          <LeakFindingList reviewId={review.id} findings={summary.findings} onAccepted={review.capabilities.includes('leakcheck.accept') ? onAccepted : undefined} />
          {review.documentList.some((document) => document.kind === 'report') && (
            <p className="govuk-body">
              <a className="govuk-link" href={reviewPath(review.id, 'report')} onClick={followLink}>
                Open the overview report
              </a>
            </p>
          )}
        </>
      )}
    </div>
  )
}

function SummaryContent({ review }: { review: Review }) {
  const resource = useResource(`/api/reviews/${review.id}/summary`, SummaryViewSchema)
  const [problem, setProblem] = useState<DownloadProblem | null>(null)
  usePageTitle(`Executive summary: ${review.title}`, problem !== null)
  const canDownload = review.capabilities.includes('export.public')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        {problem && <ExportRefusal reviewId={review.id} problem={problem} />}
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">Executive summary</h1>
        <LoadedResource resource={resource} loading="Loading the executive summary…" failed="The executive summary could not be loaded">
          {(summary) => (
            <>
              <SummaryWarnings warnings={summary.warnings.map((warning) => warning.message)} />
              {summary.findingCount > 0 && <NotYetPublishable review={review} summary={summary} onAccepted={resource.reload} />}
              {canDownload && <SummaryDownloads reviewId={review.id} onOutcome={(outcome) => { setProblem(outcome.kind === 'saved' ? null : outcome); if (outcome.kind === 'refused') resource.reload() }} />}
              {canDownload && <PublicationPackDownload review={review} onPage="summary" checkOnOpen={false} onOutcome={(outcome) => setProblem(outcome.kind === 'saved' ? null : outcome)} />}
              {!summary.sections.some(isInSummary) && (
                <p className="govuk-inset-text">No section of the report is in the executive summary yet. The overview author chooses them in the report.</p>
              )}
              {summary.html !== null && summary.sections.some(isInSummary) && (
                <section aria-label="The executive summary" className="app-summary-page__text">
                  <p className="app-summary-preview__title">{summary.title}</p>
                  {/* The server's own rendering of the public text, made from the shared schema with every text escaped. */}
                  <div className="app-public-text" dangerouslySetInnerHTML={{ __html: summary.html }} />
                </section>
              )}
            </>
          )}
        </LoadedResource>
      </div>
    </div>
  )
}

/** The public executive summary of a review, for those who publish it and those who may read the report. Never the report itself. */
export function SummaryPage({ reviewId }: { reviewId: string }) {
  return (
    <WithReview reviewId={reviewId}>
      {(review) => (
        <>
          <ReviewBreadcrumbs review={review} />
          {mayReadSummary(review) ? <SummaryContent review={review} /> : <NoPermission review={review} what="read its executive summary" />}
        </>
      )}
    </WithReview>
  )
}
