import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { ProblemPage } from '../app/ProblemPage'
import { ProblemPanel } from '../app/ProblemPanel'
import { imrPath } from '../app/router'
import { ConfirmAction } from '../forms/ConfirmAction'
import { formatIsoDate } from '../forms/formatDate'
import { mayReturnImr } from './imrAccess'
import { imrApiPath, sendImrJson } from './imrApi'

/** Stands in for the question when there is nothing this person can return: the IMR is not signed off, or their role does not return IMRs. */
function NothingToReturn({ review, imr }: { review: Review; imr: ImrView }) {
  const mayReturnAny = review.capabilities.includes('imr.reopen')
  return (
    <ProblemPage title={mayReturnAny ? 'This IMR is not signed off' : 'You cannot return this IMR'} back={{ href: imrPath(review.id, imr.agencyId), text: `Go to the IMR of ${imr.agencyName}` }}>
      <p className="govuk-body">
        {mayReturnAny
          ? 'Its agency’s IMR author can already change it, so there is nothing to return.'
          : 'Only the independent author or an administrator can return a signed-off IMR to its agency.'}
      </p>
    </ProblemPage>
  )
}

/**
 * "Are you sure?" before the independent author returns a signed-off IMR to its agency. The server
 * sets it back to received and clears the sign-off, so the agency's IMR author can change it again.
 */
export function ReturnToAgencyPage({ review, imr }: { review: Review; imr: ImrView }) {
  if (!mayReturnImr(review, imr)) return <NothingToReturn review={review} imr={imr} />
  const { signOff } = imr
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ConfirmAction
          pageTitle={`Return the IMR to ${imr.agencyName}: ${review.title}`}
          caption={`IMR: ${imr.agencyName}`}
          question={`Return the IMR to ${imr.agencyName}?`}
          confirmLabel="Yes, return it to the agency"
          cancelLabel="Cancel"
          back={imrPath(review.id, imr.agencyId)}
          flash={`The IMR was returned to ${imr.agencyName}`}
          confirm={() => sendImrJson('POST', imrApiPath(review.id, imr.agencyId, 'reopen'), {})}
          showProblem={(problem) => <ProblemPanel title="The IMR could not be returned to the agency" error={problem} />}
        >
          <p className="govuk-body">If you return it:</p>
          <ul className="govuk-list govuk-list--bullet">
            <li>
              its sign-off is cleared
              {signOff && (
                <>
                  {' '}
                  (signed off by {signOff.name}, {signOff.role}, on {formatIsoDate(signOff.date)})
                </>
              )}
            </li>
            <li>its status goes back to received: the panel still has it, but it is no longer signed off</li>
            <li>the agency’s IMR author can change its details, chronology and analysis again</li>
            <li>it becomes read only again only when the agency records a new sign-off</li>
          </ul>
          <p className="govuk-body">The return is recorded in the review’s audit log.</p>
        </ConfirmAction>
      </div>
    </div>
  )
}
