import { useCallback, useEffect, useMemo, useState } from 'react'
import type { MergedChronologySource } from '../../shared/api/imrs'
import type { Review } from '../../shared/api/reviews'
import { isFiltered, NO_FILTER, type ChronologyFilter } from '../../shared/chronology/filters'
import { mergeChronology, type TimelineAgency } from '../../shared/chronology/timeline'
import { viewChronology } from '../../shared/chronology/view'
import { Loading, ProblemPanel } from '../app/ProblemPanel'
import { usePageTitle } from '../app/usePageTitle'
import { ReviewBreadcrumbs } from '../reviews/ReviewSubpage'
import { WithReview } from '../reviews/useReview'
import { ChronologyFilterPanel } from './ChronologyFilterPanel'
import { ContactCountsTables } from './ContactCountsTables'
import { TimelineTable } from './TimelineTable'
import { describeGap, entryRowId, ROWS_PER_PAGE, timelineRows } from './timelineRows'
import { useLikelyDuplicates } from './useLikelyDuplicates'
import { useMergedChronology } from './useMergedChronology'
import { useRowsInSteps } from './useRowsInSteps'

const NO_ACCESS = 'Your role in this review does not let you see the IMRs'

const mayReadImrs = (review: Review) => review.capabilities.includes('imr.read') || review.capabilities.includes('imr.read.own')

const count = (value: number, one: string, many: string) => `${value.toLocaleString('en-GB')} ${value === 1 ? one : many}`

function listNames(names: string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

function OutstandingImrs({ agencies, noEntries }: { agencies: TimelineAgency[]; noEntries: boolean }) {
  const outstanding = agencies.filter((agency) => agency.status === 'requested').map((agency) => agency.name)
  if (noEntries) {
    return (
      <div className="govuk-inset-text">
        <p className="govuk-body">There are no chronology entries yet.</p>
        {outstanding.length > 0 && <p className="govuk-body">Not in yet: the {outstanding.length === 1 ? 'IMR' : 'IMRs'} of {listNames(outstanding)}.</p>}
      </div>
    )
  }
  if (outstanding.length === 0) return null
  return (
    <p className="govuk-body">
      Not in yet, so not in this chronology: the {outstanding.length === 1 ? 'IMR' : 'IMRs'} of {listNames(outstanding)}.
    </p>
  )
}

function MergedChronology({ source }: { source: MergedChronologySource }) {
  const timeline = useMemo(() => mergeChronology(source), [source])
  const duplicates = useLikelyDuplicates(timeline)
  const [filter, setFilter] = useState<ChronologyFilter>(NO_FILTER)
  const view = useMemo(() => viewChronology(timeline, filter), [timeline, filter])
  const rows = useMemo(() => timelineRows(view.shown, view.gaps), [view])
  const shownIds = useMemo(() => new Set(view.shown.map((item) => item.entry.id)), [view])
  const [entryCount, setEntryCount] = useState(ROWS_PER_PAGE)
  const [focusTarget, setFocusTarget] = useState<string | null>(null)
  const visibleRows = useRowsInSteps(rows, entryCount)

  const applyFilter = useCallback((next: ChronologyFilter) => {
    setFilter(next)
    setEntryCount(ROWS_PER_PAGE)
    setFocusTarget(null)
  }, [])
  const isShown = useCallback((entryId: string) => shownIds.has(entryId), [shownIds])
  const showEntry = useCallback(
    (entryId: string) => {
      const index = view.shown.findIndex((item) => item.entry.id === entryId)
      if (index < 0) return
      setEntryCount((current) => Math.max(current, Math.ceil((index + 1) / ROWS_PER_PAGE) * ROWS_PER_PAGE))
      setFocusTarget(entryId)
    },
    [view],
  )
  useEffect(() => {
    if (focusTarget === null) return
    // The row may come in the second step of rendering the rows: focus waits for it.
    const row = document.getElementById(entryRowId(focusTarget))
    if (!row) return
    row.focus()
    setFocusTarget(null)
  }, [focusTarget, visibleRows])

  const shownCount = view.shown.length
  const notYetShown = shownCount - Math.min(entryCount, shownCount)
  const duplicatePairs = useMemo(() => [...duplicates.values()].reduce((sum, ids) => sum + ids.length, 0) / 2, [duplicates])

  return (
    <>
      <OutstandingImrs agencies={timeline.agencies} noEntries={timeline.entries.length === 0} />
      {timeline.entries.length > 0 && (
        <>
          <ChronologyFilterPanel agencies={timeline.agencies} onApply={applyFilter} />
          <p className="govuk-body app-chronology__status" role="status">
            {isFiltered(filter) ? `${count(shownCount, 'entry matches', 'entries match')} the filters, of ${count(timeline.entries.length, 'entry', 'entries')}.` : `${count(shownCount, 'entry', 'entries')} from ${count(timeline.agencies.length, 'agency', 'agencies')}.`}
            {duplicatePairs > 0 && ` ${count(duplicatePairs, 'pair of entries looks', 'pairs of entries look')} like the same event recorded by two agencies: check them below.`}
          </p>
          {view.longestGap ? (
            <div className="govuk-inset-text app-chronology__longest-gap">
              <h2 className="govuk-heading-s">Longest time no agency saw the child</h2>
              <p className="govuk-body">{describeGap(view.longestGap)}.</p>
              {view.gaps.length > 1 && <p className="govuk-body">There are {view.gaps.length} gaps of more than 28 days; each is shown in the timeline.</p>}
            </div>
          ) : (
            view.counted.length > 0 && <p className="govuk-inset-text">No gap of more than 28 days between times an agency saw the child.</p>
          )}
          {view.counted.length > 0 && <ContactCountsTables byAgency={view.byAgency} byPeriod={view.byPeriod} periodLength={view.periodLength} total={view.total} />}
          {shownCount === 0 ? (
            <p className="govuk-body">No entries match the filters.</p>
          ) : (
            <>
              <TimelineTable
                rows={visibleRows}
                caption={notYetShown > 0 ? `Timeline: the first ${count(entryCount, 'entry', 'entries')} of ${shownCount.toLocaleString('en-GB')}` : 'Timeline'}
                timeline={timeline}
                duplicates={duplicates}
                isShown={isShown}
                onShowEntry={showEntry}
              />
              {notYetShown > 0 && (
                <button type="button" className="govuk-button govuk-button--secondary" onClick={() => setEntryCount((current) => current + ROWS_PER_PAGE)}>
                  Show {Math.min(ROWS_PER_PAGE, notYetShown)} more entries<span className="govuk-visually-hidden"> of the timeline</span> ({notYetShown.toLocaleString('en-GB')} not shown)
                </button>
              )}
            </>
          )}
        </>
      )}
    </>
  )
}

function ChronologyContent({ review }: { review: Review }) {
  const resource = useMergedChronology(review.id)
  const forbidden = resource.state === 'error' && resource.error.status === 403
  usePageTitle(`Merged chronology: ${review.title}`, resource.state === 'error')
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-full">
        <span className="govuk-caption-l">{review.title}</span>
        <h1 className="govuk-heading-l">Merged chronology</h1>
        {resource.state === 'loading' && <Loading label="Loading the agencies’ chronologies…" />}
        {resource.state === 'error' &&
          (forbidden ? (
            <div className="govuk-inset-text" role="alert">
              {NO_ACCESS}.
            </div>
          ) : (
            <ProblemPanel title="The merged chronology could not be loaded" error={resource.error} />
          ))}
        {resource.state === 'ready' && <MergedChronology source={resource.data} />}
      </div>
    </div>
  )
}

/** Every agency's chronology in one timeline, for the panel: counts, gaps in seeing the child, likely duplicates. */
export function MergedChronologyPage({ reviewId }: { reviewId: string }) {
  return (
    <WithReview reviewId={reviewId}>
      {(review) => (
        <>
          <ReviewBreadcrumbs review={review} />
          {mayReadImrs(review) ? (
            <ChronologyContent review={review} />
          ) : (
            <div className="govuk-grid-row">
              <div className="govuk-grid-column-two-thirds">
                <h1 className="govuk-heading-l">Merged chronology</h1>
                <p className="govuk-body">{NO_ACCESS}.</p>
              </div>
            </div>
          )}
        </>
      )}
    </WithReview>
  )
}
