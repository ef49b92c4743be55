import type { ReactNode } from 'react'
import { REVIEW_KIND_LABELS, type Review, type ReviewDocumentView } from '../../shared/api/reviews'
import { Loading } from '../app/ProblemPanel'
import { usePageTitle } from '../app/usePageTitle'
import { useCollaboration, type Collaboration } from '../collab/useCollaboration'
import { LiveDocument } from './LiveDocument'

/**
 * Opens the document's connection for as long as the page is shown. `lead`: a paragraph under the
 * heading; `live`: a document with an editor setup of its own (the media statement) in place of the
 * plain live document.
 */
export function DocumentWorkspace(props: { review: Review; document: ReviewDocumentView; reload: () => void; lead?: ReactNode; live?: (collaboration: Collaboration) => ReactNode }) {
  const { review, document, reload, lead, live } = props
  usePageTitle(`${document.title}: ${review.title}`)
  const collaboration = useCollaboration(document.name)
  const plain = (open: Collaboration) => (
    <LiveDocument collaboration={open} label={`${document.title}: ${review.title}`} mayEdit={document.access === 'write'} isReport={document.kind === 'report'} onAccessChanged={reload} />
  )
  return (
    <>
      <span className="govuk-caption-l">
        {REVIEW_KIND_LABELS[review.kind]}: {review.title}
      </span>
      <h1 className="govuk-heading-l app-page-title">{document.title}</h1>
      {lead}
      {collaboration ? (live ?? plain)(collaboration) : <Loading label="Opening the document…" />}
    </>
  )
}
