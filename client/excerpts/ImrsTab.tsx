import type { Editor } from '@tiptap/core'
import { useMemo, useState } from 'react'
import { ImrAnalysisSchema, ImrListSchema, ImrViewSchema, type ImrAnalysis, type ImrSummary, type ImrView } from '../../shared/api/imrs'
import { excerptFromAnalysis, excerptFromEntries } from '../../shared/excerpts/excerptContent'
import { dateSortKey, formatChronologyDate } from '../../shared/imr/chronologyDate'
import type { ChronologyEntry } from '../../shared/imr/chronologyEntry'
import { IMR_STATUS_LABELS } from '../../shared/imr/imrDetails'
import { excerptCaption } from '../../shared/schema/imrExcerpt'
import { useResource } from '../api/useResource'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { RadiosField } from '../forms/RadiosField'
import { SelectField } from '../forms/SelectField'
import { excerptStoreOf } from './excerptExtension'
import { excerptInsertPosition } from './insertPosition'

type Choice = { kind: 'entry'; id: string; lastId: string } | { kind: 'analysis'; id: string } | null

const HINT_LENGTH = 160

const shorten = (text: string) => (text.length > HINT_LENGTH ? `${text.slice(0, HINT_LENGTH - 1).trimEnd()}…` : text)
const entryLabel = (entry: ChronologyEntry) => `${formatChronologyDate(entry.date)}${entry.time ? `, ${entry.time}` : ''}: ${entry.practitionerRole || 'Practitioner'}`
const imrHint = (imr: ImrSummary) => `${IMR_STATUS_LABELS[imr.status]}, ${imr.entryCount === 1 ? '1 chronology entry' : `${imr.entryCount} chronology entries`}`
const byDate = (a: ChronologyEntry, b: ChronologyEntry) => dateSortKey(a.date).localeCompare(dateSortKey(b.date)) || (a.time ?? '').localeCompare(b.time ?? '')

function insertExcerpt(editor: Editor, imr: ImrView, entries: ChronologyEntry[], analysis: ImrAnalysis | null, choice: NonNullable<Choice>): string | null {
  const agency = { id: imr.agencyId, name: imr.agencyName }
  let excerpt
  if (choice.kind === 'analysis') {
    const paragraph = analysis?.paragraphs.find((candidate) => candidate.id === choice.id)
    if (!paragraph) return null
    excerpt = excerptFromAnalysis(agency, paragraph)
  } else {
    const first = entries.findIndex((entry) => entry.id === choice.id)
    const last = Math.max(first, entries.findIndex((entry) => entry.id === choice.lastId))
    if (first < 0) return null
    excerpt = excerptFromEntries(agency, entries.slice(first, last + 1))
  }
  const position = excerptInsertPosition(editor.state, editor.storage.imrExcerpt?.cursorPlaced ?? false)
  editor.chain().focus().insertImrExcerpt(excerpt, position ?? undefined).run()
  void excerptStoreOf(editor)?.refresh()
  return excerptCaption(excerpt.attrs)
}

/** One agency's entries and analysis paragraphs, to choose what to quote. */
function ImrSources({ editor, reviewId, agencyId }: { editor: Editor; reviewId: string; agencyId: string }) {
  const base = `/api/reviews/${encodeURIComponent(reviewId)}/imrs/${encodeURIComponent(agencyId)}`
  const imr = useResource(base, ImrViewSchema)
  const analysis = useResource(`${base}/analysis`, ImrAnalysisSchema)
  const [choice, setChoice] = useState<Choice>(null)
  const [error, setError] = useState<string | undefined>()
  const [inserted, setInserted] = useState('')
  const entries = useMemo(() => (imr.state === 'ready' ? [...imr.data.entries].sort(byDate) : []), [imr])

  if (imr.state === 'loading') return <Loading label="Loading the chronology…" />
  if (imr.state === 'error') return <ProblemPanel title="The IMR could not be loaded" error={imr.error} />
  const paragraphs = analysis.state === 'ready' ? analysis.data.paragraphs : []
  const firstIndex = choice?.kind === 'entry' ? entries.findIndex((entry) => entry.id === choice.id) : -1

  const choose = (next: Choice) => {
    setChoice(next)
    setError(undefined)
  }
  const insert = () => {
    if (!choice) return setError('Choose a chronology entry or a paragraph of the analysis to quote')
    const caption = insertExcerpt(editor, imr.data, entries, analysis.state === 'ready' ? analysis.data : null, choice)
    if (caption) setInserted(`Excerpt inserted: ${caption}.`)
  }

  return (
    <>
      {entries.length === 0 ? (
        <p className="govuk-body">This IMR has no chronology entries yet.</p>
      ) : (
        <RadiosField
          id="excerpt-entry"
          legend="Chronology entries"
          hint="Choose an entry. To quote a range, also choose its last entry."
          small
          error={error}
          value={choice?.kind === 'entry' ? choice.id : null}
          onChange={(id) => choose({ kind: 'entry', id, lastId: id })}
          options={entries.map((entry, index) => ({
            value: entry.id,
            label: entryLabel(entry),
            hint: shorten(entry.event),
            conditional:
              index === firstIndex && index < entries.length - 1 ? (
                <SelectField
                  id="excerpt-last-entry"
                  label="Quote up to and including"
                  placeholder="This entry only"
                  value={choice?.kind === 'entry' && choice.lastId !== choice.id ? choice.lastId : ''}
                  onChange={(lastId) => choose({ kind: 'entry', id: entry.id, lastId: lastId || entry.id })}
                  options={entries.slice(index + 1).map((later) => ({ value: later.id, label: entryLabel(later) }))}
                />
              ) : undefined,
          }))}
        />
      )}
      {analysis.state === 'loading' && <Loading label="Loading the analysis…" />}
      {analysis.state === 'error' && <p className="govuk-body">The analysis could not be loaded: {analysis.error.message}</p>}
      {analysis.state === 'ready' && paragraphs.length === 0 && <p className="govuk-body">This IMR has no analysis yet.</p>}
      {paragraphs.length > 0 && (
        <RadiosField
          id="excerpt-paragraph"
          legend="Analysis"
          small
          error={entries.length === 0 ? error : undefined}
          value={choice?.kind === 'analysis' ? choice.id : null}
          onChange={(id) => choose({ kind: 'analysis', id })}
          options={paragraphs.map((paragraph) => ({ value: paragraph.id, label: shorten(paragraph.text) }))}
        />
      )}
      {(entries.length > 0 || paragraphs.length > 0) && (
        <button type="button" className="govuk-button govuk-!-margin-bottom-2" onClick={insert}>
          Insert excerpt
        </button>
      )}
      <p className="govuk-body-s" role="status">
        {inserted}
      </p>
    </>
  )
}

/**
 * The IMRs tab of the report's side panel: choose an agency, then one chronology entry, a range of
 * them, or a paragraph of its analysis, and insert it as an excerpt at the cursor (or at the end of
 * the current section when the cursor has not been placed).
 */
export function ImrsTab({ editor }: { editor: Editor }) {
  const reviewId = excerptStoreOf(editor)?.reviewId ?? ''
  const imrs = useResource(`/api/reviews/${encodeURIComponent(reviewId)}/imrs`, ImrListSchema)
  const [agencyId, setAgencyId] = useState('')

  if (imrs.state === 'loading') return <Loading label="Loading the IMRs…" />
  if (imrs.state === 'error') return <ProblemPanel title="The IMRs could not be loaded" error={imrs.error} />
  const readable = imrs.data.imrs
  return (
    <section className="app-imrs-tab" aria-labelledby="imrs-heading">
      <h2 className="govuk-heading-s" id="imrs-heading">
        Quote an IMR
      </h2>
      {readable.length === 0 ? (
        <p className="govuk-body">There are no IMRs you can read yet.</p>
      ) : (
        <RadiosField
          id="excerpt-agency"
          legend="Agency"
          small
          value={agencyId || null}
          onChange={setAgencyId}
          options={readable.map((imr) => ({ value: imr.agencyId, label: imr.agencyName, hint: imrHint(imr) }))}
        />
      )}
      {agencyId && <ImrSources key={agencyId} editor={editor} reviewId={reviewId} agencyId={agencyId} />}
    </section>
  )
}
