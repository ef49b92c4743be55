import type { Editor } from '@tiptap/core'
import { useCallback } from 'react'
import type { Review, ReviewDocumentView } from '../../shared/api/reviews'
import type { Collaboration } from '../collab/useCollaboration'
import { DocumentWorkspace } from '../documents/DocumentWorkspace'
import { LiveDocument } from '../documents/LiveDocument'
import { NoAccessPage } from '../documents/NoAccessPage'
import { ReviewBreadcrumbs } from '../reviews/ReviewSubpage'
import { WithReview } from '../reviews/useReview'
import { MediaStatementPanel } from './MediaStatementPanel'
import { useStatementRedaction } from './statementRegister'

function LiveStatement({ review, document, collaboration, reload }: { review: Review; document: ReviewDocumentView; collaboration: Collaboration; reload: () => void }) {
  const redaction = useStatementRedaction(review.id, collaboration)
  const canDownload = review.capabilities.includes('export.public') || review.capabilities.includes('media.edit')
  const panel = useCallback((editor: Editor) => redaction && <MediaStatementPanel editor={editor} setup={redaction} reviewId={review.id} canDownload={canDownload} />, [redaction, review.id, canDownload])
  return (
    <LiveDocument
      collaboration={collaboration}
      label={`${document.title}: ${review.title}`}
      mayEdit={document.access === 'write'}
      isReport={false}
      onAccessChanged={reload}
      redaction={redaction}
      panel={panel}
    />
  )
}

/**
 * The media statement, live: drafted by the comms lead and the author, read by the panel; for anyone
 * else a page saying they have no access, and no connection is made.
 */
export function MediaStatementPage({ reviewId }: { reviewId: string }) {
  return (
    <WithReview reviewId={reviewId}>
      {(review, reload) => {
        const document = review.documentList.find((candidate) => candidate.kind === 'media-statement')
        return (
          <>
            <ReviewBreadcrumbs review={review} />
            {document ? (
              <DocumentWorkspace
                key={document.name}
                review={review}
                document={document}
                reload={reload}
                lead={
                  <p className="govuk-body app-media-statement__lead">
                    What the board says in public about this review. Write it as it will be read: names, ages and places that could identify the family are
                    redacted, and published as their pseudonyms.
                  </p>
                }
                live={(collaboration) => <LiveStatement review={review} document={document} collaboration={collaboration} reload={reload} />}
              />
            ) : (
              <NoAccessPage review={review} />
            )}
          </>
        )
      }}
    </WithReview>
  )
}
