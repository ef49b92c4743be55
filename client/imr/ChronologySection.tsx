import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { followLink, imrPath } from '../app/router'
import { chronologyCsvPath } from './imrApi'
import { ChronologyTable } from './ChronologyTable'
import { inDateOrder } from './entryOrder'

/** The agency's chronology: its entries, the ways to add them (one by one, or from a file), and its CSV. */
export function ChronologySection({ review, imr, mayChange }: { review: Review; imr: ImrView; mayChange: boolean }) {
  const entryPath = (entryId: string, part: '' | '/delete') => imrPath(review.id, imr.agencyId, `entries/${entryId}${part}`)
  const count = imr.entries.length
  return (
    <section className="app-imr-section" aria-labelledby="imr-chronology-heading">
      <h2 className="govuk-heading-m" id="imr-chronology-heading">
        Chronology
      </h2>
      <p className="govuk-body app-imr-section__intro">
        Every event and action of the agency in the case, including each time the child was seen and each time the child was spoken to.
      </p>
      {mayChange && (
        <div className="govuk-button-group">
          <a className="govuk-button" draggable="false" href={imrPath(review.id, imr.agencyId, 'entries/new')} onClick={followLink}>
            Add an entry
          </a>
          <a className="govuk-link" href={imrPath(review.id, imr.agencyId, 'import')} onClick={followLink}>
            Import a chronology file
          </a>
        </div>
      )}
      {count === 0 ? (
        <p className="govuk-body" data-testid="chronology-empty">
          {mayChange ? 'No chronology entries yet: add them one by one or import a file.' : 'No chronology entries yet.'}
        </p>
      ) : (
        <>
          <p className="govuk-body">
            {count === 1 ? '1 entry' : `${count} entries`}, oldest first.{' '}
            <a className="govuk-link" href={chronologyCsvPath(review.id, imr.agencyId)} download>
              Download the chronology (CSV)
            </a>
          </p>
          <ChronologyTable entries={inDateOrder(imr.entries)} caption={`Chronology of ${imr.agencyName}`} entryPath={mayChange ? entryPath : null} />
        </>
      )}
    </section>
  )
}
