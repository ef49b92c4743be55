import { REVIEW_KIND_LABELS, type Review, type ReviewDocumentView } from '../../shared/api/reviews'
import { Loading } from '../app/ProblemPanel'
import { usePageTitle } from '../app/usePageTitle'
import { useCollaboration } from '../collab/useCollaboration'
import { LiveDocument } from './LiveDocument'

/** Opens the document's connection for as long as the page is shown. */
export function DocumentWorkspace({ review, document, reload }: { review: Review; document: ReviewDocumentView; reload: () => void }) {
  usePageTitle(`${document.title}: ${review.title}`)
  const collaboration = useCollaboration(document.name)
  return (
    <>
      <span className="govuk-caption-l">
        {REVIEW_KIND_LABELS[review.kind]}: {review.title}
      </span>
      <h1 className="govuk-heading-l app-page-title">{document.title}</h1>
      {collaboration ? (
        <LiveDocument collaboration={collaboration} label={`${document.title}: ${review.title}`} mayEdit={document.access === 'write'} isReport={document.kind === 'report'} onAccessChanged={reload} />
      ) : (
        <Loading label="Opening the document…" />
      )}
    </>
  )
}
