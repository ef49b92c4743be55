import type { Review, ReviewDocumentView } from '../../shared/api/reviews'
import { followLink, imrPath, reviewPath } from '../app/router'
import { ImrStatusTag } from '../imr/ImrStatusTag'
import { useImrStatuses } from '../imr/useImrStatuses'

export function documentPath(reviewId: string, document: Pick<ReviewDocumentView, 'kind' | 'agencyId'>): string {
  if (document.kind === 'media-statement') return reviewPath(reviewId, 'media-statement')
  return document.kind === 'report' || document.agencyId === null ? reviewPath(reviewId, 'report') : imrPath(reviewId, document.agencyId)
}

/** Said to a communications lead above their documents, and instead of them if they have none. */
function CommsNote() {
  return (
    <div className="govuk-inset-text">
      Communications leads see only the anonymised outputs of a review: the media statement, which they draft, and the executive summary,
      below. They do not see the confidential overview report or the agencies’ reviews.
    </div>
  )
}

function NoDocuments({ review }: { review: Review }) {
  if (review.role === 'comms') return <CommsNote />
  if (review.role === null) {
    return (
      <p className="govuk-body">
        As an administrator you run this review and its membership. The overview report and the agencies’ reviews are open only to the
        review’s members.
      </p>
    )
  }
  return <p className="govuk-body">There are no documents you can open in this review yet.</p>
}

/** The documents this person may open, marked where they may only read, each IMR with where it stands. */
export function DocumentList({ review }: { review: Review }) {
  const readsImrs = review.documentList.some((document) => document.kind === 'imr')
  const statuses = useImrStatuses(review.id, readsImrs)
  const readsAllImrs = review.capabilities.includes('imr.read')
  if (review.documentList.length === 0) return <NoDocuments review={review} />
  return (
    <>
      {review.role === 'comms' && <CommsNote />}
      <ul className="govuk-list app-document-list">
        {review.documentList.map((document) => {
          const imr = document.agencyId === null ? undefined : statuses.get(document.agencyId)
          return (
            <li key={document.name} className="app-document-list__item">
              <a className="govuk-link govuk-!-font-weight-bold" href={documentPath(review.id, document)} onClick={followLink}>
                {document.title}
              </a>
              {imr && <ImrStatusTag status={imr.status} className="app-tag--after" />}
              {document.access === 'read' && <strong className="govuk-tag govuk-tag--grey app-tag--after">Read only</strong>}
            </li>
          )
        })}
        {readsAllImrs && (
          <li className="app-document-list__item">
            <a className="govuk-link govuk-!-font-weight-bold" href={reviewPath(review.id, 'chronology')} onClick={followLink}>
              Merged chronology
            </a>
            <span className="govuk-body-s app-block app-muted">Every agency’s chronology in one timeline, with how often the child was seen and spoken to</span>
          </li>
        )}
      </ul>
    </>
  )
}
