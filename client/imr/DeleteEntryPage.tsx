import { useEffect, useRef, useState } from 'react'
import type { ImrView } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { formatChronologyDate } from '../../shared/imr/chronologyDate'
import type { ChronologyEntry } from '../../shared/imr/chronologyEntry'
import { asApiError, type ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { followLink, imrPath, navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { ChronologyTable } from './ChronologyTable'
import { EditConflict } from './EditConflict'
import { EntryGone } from './EntryGone'
import { mayChangeImr } from './imrAccess'
import { imrApiPath, sendImrJson } from './imrApi'
import { ImrChangesClosed } from './ImrChangesClosed'

function ConfirmDelete({ review, imr, entry, reload }: { review: Review; imr: ImrView; entry: ChronologyEntry; reload: () => void }) {
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  const when = formatChronologyDate(entry.date)
  const back = imrPath(review.id, imr.agencyId)
  usePageTitle(`Delete the entry of ${when}: IMR: ${imr.agencyName}`, problem !== null)
  useEffect(() => heading.current?.focus(), [])

  const remove = async () => {
    setSending(true)
    setProblem(null)
    try {
      await sendImrJson('DELETE', imrApiPath(review.id, imr.agencyId, `entries/${entry.id}?revision=${entry.revision}`))
      navigate(back, { flash: `The entry of ${when} was deleted` })
    } catch (error) {
      setProblem(asApiError(error))
      setSending(false)
    }
  }

  return (
    <>
      {problem?.code === 'edit_conflict' ? <EditConflict what="delete" onReload={reload} /> : problem && <ProblemPanel title="The entry could not be deleted" error={problem} />}
      <span className="govuk-caption-l">IMR: {imr.agencyName}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        Are you sure you want to delete the entry of {when}?
      </h1>
      <ChronologyTable entries={[entry]} caption={`The entry of ${when}`} entryPath={null} />
      <div className="govuk-warning-text">
        <span className="govuk-warning-text__icon" aria-hidden="true">
          !
        </span>
        <strong className="govuk-warning-text__text">
          <span className="govuk-visually-hidden">Warning</span>
          The entry is removed from the chronology and from the merged chronology of the review. This cannot be undone.
        </strong>
      </div>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => void remove()} disabled={sending} aria-disabled={sending}>
          Yes, delete the entry
        </button>
        <a className="govuk-link" href={back} onClick={followLink}>
          No, keep it
        </a>
      </div>
    </>
  )
}

/** "Are you sure?" before an entry goes, against the revision the person saw. */
export function DeleteEntryPage({ review, imr, entryId, reload }: { review: Review; imr: ImrView; entryId: string; reload: () => void }) {
  if (!mayChangeImr(review, imr)) return <ImrChangesClosed review={review} imr={imr} />
  const entry = imr.entries.find((candidate) => candidate.id === entryId)
  if (!entry) {
    return <EntryGone review={review} imr={imr} />
  }
  return <ConfirmDelete key={entry.revision} review={review} imr={imr} entry={entry} reload={reload} />
}
