import type { Review, ReviewDocumentView } from '../../shared/api/reviews'
import { Loading } from '../app/ProblemPanel'
import { useCollaboration } from '../collab/useCollaboration'
import { LiveDocument } from '../documents/LiveDocument'

/** The IMR's analysis of practice: rich text, written together live in the IMR's collaborative document. */
export function ImrAnalysis(props: { review: Review; document: ReviewDocumentView; mayChange: boolean; onAccessChanged: () => void }) {
  const { review, document, mayChange, onAccessChanged } = props
  const collaboration = useCollaboration(document.name)
  return (
    <section className="app-imr-section" aria-labelledby="imr-analysis-heading">
      <h2 className="govuk-heading-m" id="imr-analysis-heading">
        Analysis
      </h2>
      <p className="govuk-body app-imr-section__intro">
        How practice in the agency went, individually and as an organisation, and what can be learned from it.
        {mayChange && ' Changes are saved as you type, and others see them straight away.'}
      </p>
      {collaboration ? (
        <LiveDocument
          collaboration={collaboration}
          label={`Analysis: ${document.title}: ${review.title}`}
          mayEdit={mayChange && document.access === 'write'}
          isReport={false}
          onAccessChanged={onAccessChanged}
          readOnlySaid
        />
      ) : (
        <Loading label="Opening the analysis…" />
      )}
    </section>
  )
}
