import type { ReactNode } from 'react'
import { ImrViewSchema, type ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { useResource } from '../api/useResource'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { NoAccessPage } from '../documents/NoAccessPage'
import { imrApiPath } from './imrApi'

/** Loads one IMR for a page: a loading message, then the page, or why it cannot be shown. */
export function WithImr({ review, agencyId, children }: { review: Review; agencyId: string; children: (imr: ImrView, reload: () => void) => ReactNode }) {
  const imr = useResource(imrApiPath(review.id, agencyId), ImrViewSchema)
  if (imr.state === 'loading') return <Loading label="Loading the IMR…" />
  if (imr.state === 'error') {
    if (imr.error.status === 403) return <NoAccessPage review={review} />
    return <ProblemPanel title="The IMR could not be loaded" error={imr.error} />
  }
  return <>{children(imr.data, imr.reload)}</>
}
