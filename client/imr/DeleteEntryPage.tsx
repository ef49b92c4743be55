import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { formatChronologyDate } from '../../shared/imr/chronologyDate'
import { imrPath } from '../app/router'
import { ConfirmDelete } from '../forms/ConfirmDelete'
import { ChronologyTable } from './ChronologyTable'
import { EntryGone } from './EntryGone'
import { mayChangeImr } from './imrAccess'
import { imrApiPath, sendImrJson } from './imrApi'
import { ImrChangesClosed } from './ImrChangesClosed'

/** "Are you sure?" before an entry goes, against the revision the person saw. */
export function DeleteEntryPage({ review, imr, entryId, reload }: { review: Review; imr: ImrView; entryId: string; reload: () => void }) {
  if (!mayChangeImr(review, imr)) return <ImrChangesClosed review={review} imr={imr} />
  const entry = imr.entries.find((candidate) => candidate.id === entryId)
  if (!entry) {
    return <EntryGone review={review} imr={imr} />
  }
  const when = formatChronologyDate(entry.date)
  return (
    <ConfirmDelete
      key={entry.revision}
      subject="entry"
      pageTitle={`Delete the entry of ${when}: IMR: ${imr.agencyName}`}
      caption={`IMR: ${imr.agencyName}`}
      question={`Are you sure you want to delete the entry of ${when}?`}
      record={<ChronologyTable entries={[entry]} caption={`The entry of ${when}`} entryPath={null} />}
      warning="The entry is removed from the chronology and from the merged chronology of the review. This cannot be undone."
      back={imrPath(review.id, imr.agencyId)}
      flash={`The entry of ${when} was deleted`}
      remove={() => sendImrJson('DELETE', imrApiPath(review.id, imr.agencyId, `entries/${entry.id}?revision=${entry.revision}`))}
      reload={reload}
    />
  )
}
