import type { ImrSummary } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { ProblemPage } from '../app/ProblemPage'
import { imrPath } from '../app/router'

/** An entry that was deleted, or replaced by an import, after the link to it was shown. */
export function EntryGone({ review, imr }: { review: Review; imr: ImrSummary }) {
  return (
    <ProblemPage title="This entry no longer exists" back={{ href: imrPath(review.id, imr.agencyId), text: `Go to the IMR of ${imr.agencyName}` }}>
      <p className="govuk-body">Someone may have deleted it, or replaced the chronology with an imported file.</p>
    </ProblemPage>
  )
}
