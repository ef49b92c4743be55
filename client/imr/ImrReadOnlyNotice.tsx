import type { ImrSummary } from '../../shared/api/imrs'
import { ReadOnlyNotice } from '../documents/ReadOnlyNotice'

/** Why the page offers no changes: the IMR is signed off, or the person's role lets them read it only. */
export function ImrReadOnlyNotice({ imr }: { imr: Pick<ImrSummary, 'status'> }) {
  if (imr.status !== 'signed-off') return <ReadOnlyNotice />
  return (
    <ReadOnlyNotice heading="This IMR is signed off and read only">
      It was signed off by the agency and sent to the panel. If it needs changing, the independent author can return it to the agency.
    </ReadOnlyNotice>
  )
}
