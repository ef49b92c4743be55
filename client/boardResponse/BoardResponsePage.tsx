import { useState } from 'react'
import { BOARD_ACCEPTANCE_LABELS, BoardResponseViewSchema, type BoardResponseView } from '../../shared/api/boardResponse'
import type { Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { LoadedResource } from '../app/LoadedResource'
import { SuccessBanner } from '../app/SuccessBanner'
import { usePageTitle } from '../app/usePageTitle'
import { formatDateTime } from '../forms/formatDate'
import { ReviewSubpage } from '../reviews/ReviewSubpage'
import { BoardResponseForm } from './BoardResponseForm'

const NOT_YET = 'Not written yet.'

function BoardResponseText({ view: { boardResponse } }: { view: BoardResponseView }) {
  const rows: [string, string][] = [
    ['Whether the board accepts the findings', boardResponse.acceptance ? BOARD_ACCEPTANCE_LABELS[boardResponse.acceptance] : NOT_YET],
    ...(boardResponse.acceptanceReasons ? [['The board’s reasons', boardResponse.acceptanceReasons] as [string, string]] : []),
    ['Actions already taken', boardResponse.actionsTaken || NOT_YET],
    ['The impact they had', boardResponse.impact || NOT_YET],
    ['What more will be done', boardResponse.furtherActions || NOT_YET],
  ]
  return (
    <dl className="govuk-summary-list">
      {rows.map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value app-pre-line">{value}</dd>
        </div>
      ))}
    </dl>
  )
}

function LastSaved({ view: { boardResponse } }: { view: BoardResponseView }) {
  if (!boardResponse.updatedAt) return <p className="govuk-body app-muted">The board’s business manager has not drafted the response yet.</p>
  return (
    <p className="govuk-body app-muted">
      Last saved {formatDateTime(boardResponse.updatedAt)}
      {boardResponse.updatedBy ? ` by ${boardResponse.updatedBy}` : ''}.
    </p>
  )
}

function BoardResponseContent({ review }: { review: Review }) {
  const resource = useResource(`/api/reviews/${review.id}/board-response`, BoardResponseViewSchema)
  const [saved, setSaved] = useState<BoardResponseView | null>(null)
  const canEdit = review.capabilities.includes('response.edit')
  usePageTitle(`The board’s response: ${review.title}`)
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <SuccessBanner message={saved ? 'The board’s response was saved.' : null} />
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">The board’s response</h1>
        <p className="govuk-body">Published with the executive summary: whether the board accepts the findings, what has been done, the difference it made, and what more will be done.</p>
        <LoadedResource resource={resource} loading="Loading the board’s response…" failed="The board’s response could not be loaded">
          {(loaded) => {
            const view = saved && saved.boardResponse.revision >= loaded.boardResponse.revision ? saved : loaded
            return (
              <>
                <LastSaved view={view} />
                {canEdit ? <BoardResponseForm key={view.boardResponse.revision} reviewId={review.id} title={review.title} view={view} onSaved={setSaved} reload={resource.reload} /> : <BoardResponseText view={view} />}
              </>
            )
          }}
        </LoadedResource>
      </div>
    </div>
  )
}

/** The board's response, read by the author, the panel and the comms lead, drafted by the admin. */
export function BoardResponsePage({ reviewId }: { reviewId: string }) {
  return (
    <ReviewSubpage reviewId={reviewId} capability="response.read" cannot="read the board’s response">
      {(review) => <BoardResponseContent review={review} />}
    </ReviewSubpage>
  )
}
