import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import type { ChronologyEntry } from '../../shared/imr/chronologyEntry'
import { ProblemPanel } from '../app/ProblemPanel'
import { imrPath } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { EditConflict } from '../forms/EditConflict'
import { EntryGone } from './EntryGone'
import { EntryForm } from './EntryForm'
import { mayChangeImr } from './imrAccess'
import { ImrChangesClosed } from './ImrChangesClosed'
import { ImrFormLayout } from './ImrFormLayout'
import { useEntryForm } from './useEntryForm'

function EntryFormPage({ review, imr, entry, reload }: { review: Review; imr: ImrView; entry: ChronologyEntry | null; reload: () => void }) {
  const form = useEntryForm(review, imr, entry)
  const title = entry ? 'Change a chronology entry' : 'Add a chronology entry'
  usePageTitle(`${title}: IMR: ${imr.agencyName}`, form.summary.length > 0 || form.errors.conflict === true)
  return (
    <ImrFormLayout
      imr={imr}
      heading={title}
      form={form}
      problems={
        <>
          {form.errors.conflict && <EditConflict subject="entry" what="change" onReload={reload} />}
          {form.errors.problem && <ProblemPanel title="The entry could not be saved" error={form.errors.problem} />}
        </>
      }
    >
      <EntryForm form={form} submitLabel={entry ? 'Save the entry' : 'Add the entry'} cancelHref={imrPath(review.id, imr.agencyId)} />
    </ImrFormLayout>
  )
}

/** Adds an entry (`entryId` null) or changes one; the form opens again, fresh, at each new revision of the entry. */
export function EntryPage({ review, imr, entryId, reload }: { review: Review; imr: ImrView; entryId: string | null; reload: () => void }) {
  if (!mayChangeImr(review, imr)) return <ImrChangesClosed review={review} imr={imr} />
  const entry = entryId === null ? null : imr.entries.find((candidate) => candidate.id === entryId)
  if (entry === undefined) {
    return <EntryGone review={review} imr={imr} />
  }
  return <EntryFormPage key={entry ? `${entry.id}:${entry.revision}` : 'new'} review={review} imr={imr} entry={entry} reload={reload} />
}
