import { useState } from 'react'
import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { asApiError, type ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { followLink, imrPath } from '../app/router'
import { mayReturnImr } from './imrAccess'
import { imrApiPath, sendImrJson } from './imrApi'

/**
 * What can be done with the IMR as a whole: its agency marks it sent to the panel and records its
 * sign-off; the independent author returns a signed-off IMR to the agency, after a confirmation page.
 */
export function ImrStatusActions({ review, imr, mayChange, onChanged }: { review: Review; imr: ImrView; mayChange: boolean; onChanged: (message: string) => void }) {
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<{ title: string; error: ApiError } | null>(null)
  const mayReturn = mayReturnImr(review, imr)
  if (!mayChange && !mayReturn) return null

  const act = async (title: string, request: () => Promise<unknown>, done: string) => {
    setSending(true)
    setProblem(null)
    try {
      await request()
      onChanged(done)
    } catch (error) {
      setProblem({ title, error: asApiError(error) })
    } finally {
      setSending(false)
    }
  }
  const markReceived = () => act('The IMR could not be marked as sent', () => sendImrJson('POST', imrApiPath(review.id, imr.agencyId, 'status'), { status: 'received' }), 'The IMR is marked as sent to the panel')

  return (
    <>
      {problem && <ProblemPanel title={problem.title} error={problem.error} />}
      {mayChange && (
        <>
          <p className="govuk-body">
            {imr.status === 'requested'
              ? 'When the IMR is ready for the panel, mark it as sent. Once the agency’s chief executive (or equivalent) has signed it off, record the sign-off: the IMR then becomes read only.'
              : 'The panel has the IMR. Once the agency’s chief executive (or equivalent) has signed it off, record the sign-off: the IMR then becomes read only.'}
          </p>
          <div className="govuk-button-group">
            {imr.status === 'requested' && (
              <button type="button" className="govuk-button govuk-button--secondary" onClick={() => void markReceived()} disabled={sending} aria-disabled={sending}>
                Mark as sent to the panel
              </button>
            )}
            <a className="govuk-button govuk-button--secondary" draggable="false" href={imrPath(review.id, imr.agencyId, 'sign-off')} onClick={followLink}>
              Record sign-off
            </a>
          </div>
        </>
      )}
      {mayReturn && (
        <>
          <p className="govuk-body">If the IMR needs changing, return it to the agency: its IMR author can then change it and record a new sign-off.</p>
          <a className="govuk-button govuk-button--secondary" draggable="false" href={imrPath(review.id, imr.agencyId, 'reopen')} onClick={followLink}>
            Return to the agency
          </a>
        </>
      )}
    </>
  )
}
