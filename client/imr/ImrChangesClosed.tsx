import type { ImrSummary } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { ProblemPage } from '../app/ProblemPage'
import { imrPath } from '../app/router'

/** Stands in for a form of an IMR the person may not change (now): it is signed off, or theirs to read only. */
export function ImrChangesClosed({ review, imr }: { review: Review; imr: ImrSummary }) {
  const signedOff = imr.status === 'signed-off'
  return (
    <ProblemPage title={signedOff ? 'This IMR is signed off' : 'You can read this IMR but not change it'} back={{ href: imrPath(review.id, imr.agencyId), text: `Go to the IMR of ${imr.agencyName}` }}>
      <p className="govuk-body">
        {signedOff
          ? 'A signed-off IMR is read only. If it needs changing, the independent author can return it to the agency.'
          : 'Changes to an IMR are made by its own agency’s IMR author.'}
      </p>
    </ProblemPage>
  )
}
