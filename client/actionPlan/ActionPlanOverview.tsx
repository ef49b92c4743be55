import { useMemo, useState, type MouseEvent } from 'react'
import { filterActions } from '../../shared/actionPlan/filters'
import { overdueText } from '../../shared/actionPlan/overdue'
import { actionPlanQueryString, type ActionPlanView, type PlannedAction } from '../../shared/api/actionPlan'
import type { Review } from '../../shared/api/reviews'
import { formatDay } from '../../shared/chronology/calendar'
import { actionPlanPath, followLink, useFlash } from '../app/router'
import { SuccessBanner } from '../app/SuccessBanner'
import { usePageTitle } from '../app/usePageTitle'
import { ActionFilters } from './ActionFilters'
import { actionPlanApiPath, filterFromQuery, type PlanFilter } from './actionPlanApi'
import { ActionTable } from './ActionTable'
import { WarningText } from '../forms/WarningText'
import { downloadFrom, type DownloadProblem } from '../summary/downloadExport'
import { RefusalSummary } from '../summary/RefusalSummary'

const count = (value: number, one: string, many: string) => `${value} ${value === 1 ? one : many}`

const PLAN_FILES = [
  { extension: '.csv', file: 'action-plan.csv', label: 'Download as CSV (spreadsheet)' },
  { extension: '.docx', file: 'action-plan.docx', label: 'Download as Word' },
] as const

/** The plan's files, fetched first so that a failure is said on the page rather than saved as the file. */
function Downloads({ reviewId, query }: { reviewId: string; query: string }) {
  const [busy, setBusy] = useState<string | null>(null)
  const [problem, setProblem] = useState<DownloadProblem | null>(null)
  const download = async (event: MouseEvent<HTMLAnchorElement>, url: string, file: string) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return
    event.preventDefault()
    if (busy) return
    setBusy(file)
    try {
      const outcome = await downloadFrom(url, file)
      setProblem(outcome.kind === 'saved' ? null : outcome)
    } finally {
      setBusy(null)
    }
  }
  return (
    <>
      {problem && (
        <RefusalSummary problem={problem}>
          <p className="govuk-body">{problem.message}</p>
        </RefusalSummary>
      )}
      <ul className="govuk-list app-action-plan__downloads">
        {PLAN_FILES.map(({ extension, file, label }) => {
          const url = actionPlanApiPath(reviewId, `${extension}${query}`)
          return (
            <li key={file}>
              <a className="govuk-link" href={url} download={file} onClick={(event) => void download(event, url, file)}>
                {label}
              </a>
              {busy === file && <span className="govuk-body-s app-muted"> Preparing the file…</span>}
            </li>
          )
        })}
      </ul>
      <p className="govuk-visually-hidden" role="status">
        {busy ? 'Preparing the file…' : ''}
      </p>
    </>
  )
}

/** One recommendation with the actions shown for it. */
function RecommendationActions({ plan, heading, text, actions, canEdit }: { plan: ActionPlanView; heading: string; text: string | null; actions: PlannedAction[]; canEdit: boolean }) {
  return (
    <section className="app-action-plan__recommendation">
      <h2 className="govuk-heading-m">{heading}</h2>
      {text && <p className="govuk-body app-imr-text">{text}</p>}
      {actions.length > 0 ? <ActionTable plan={plan} actions={actions} caption={`Actions for ${heading.toLowerCase()}`} canEdit={canEdit} /> : <p className="govuk-body app-muted">No actions yet.</p>}
    </section>
  )
}

/** The action plan: the overdue count, filters, downloads, then each recommendation with its actions. */
export function ActionPlanOverview({ review, plan }: { review: Review; plan: ActionPlanView }) {
  const flash = useFlash()
  usePageTitle(`Action plan: ${plan.title}`)
  const canEdit = review.capabilities.includes('actions.edit')
  const [filter, setFilter] = useState<PlanFilter>(() => filterFromQuery(window.location.search, plan.agencies.map((agency) => agency.id)))
  const query = actionPlanQueryString(filter)
  const shown = useMemo(() => filterActions(plan.actions, { leadAgencyIds: filter.agency, statuses: filter.status }, plan.today), [plan, filter])
  const isFiltered = filter.agency.length > 0 || filter.status.length > 0
  const applyFilter = (next: PlanFilter) => {
    setFilter(next)
    // In the address, so that the filtered plan can be linked to and survives a reload.
    window.history.replaceState(window.history.state, '', `${actionPlanPath(plan.reviewId)}${actionPlanQueryString(next)}`)
  }
  const known = new Set(plan.recommendations.map((recommendation) => recommendation.recommendationId))
  const orphans = shown.filter((action) => !known.has(action.recommendationId))
  const overdue = overdueText(plan.overdue)

  return (
    <>
      <SuccessBanner message={flash} />
      <span className="govuk-caption-l">{plan.title}</span>
      <h1 className="govuk-heading-l">Action plan</h1>
      <p className="govuk-body">
        The specific changes that answer the review’s recommendations, who leads them and by when. Statuses are as on {formatDay(plan.today)}: an action past its target date and not
        complete is overdue, whatever was last recorded.
      </p>
      {overdue && (
        <WarningText>
          {overdue}
          {plan.overdue.earliestTargetDate && `: the longest overdue was due on ${formatDay(plan.overdue.earliestTargetDate)}`}.
        </WarningText>
      )}
      {canEdit &&
        (plan.recommendations.length > 0 ? (
          <a href={actionPlanPath(plan.reviewId, 'actions/new')} className="govuk-button" role="button" draggable="false" onClick={followLink}>
            Add an action
          </a>
        ) : (
          <div className="govuk-inset-text">The report has no recommendations yet. Each action answers a recommendation: add them to the report’s Recommendations section first.</div>
        ))}
      {plan.actions.length === 0 ? (
        <p className="govuk-body">There are no actions in this plan yet.</p>
      ) : (
        <>
          <ActionFilters agencies={plan.agencies} filter={filter} onApply={applyFilter} />
          <p className="govuk-body" role="status">
            {isFiltered ? `${count(shown.length, 'action matches', 'actions match')} the filters, of ${plan.actions.length}.` : `${count(plan.actions.length, 'action', 'actions')}.`}
          </p>
          <Downloads reviewId={plan.reviewId} query={query} />
          {shown.length === 0 ? (
            <p className="govuk-body">No actions match the filters.</p>
          ) : (
            <>
              {plan.recommendations.map((recommendation) => {
                const actions = shown.filter((action) => action.recommendationId === recommendation.recommendationId)
                if (isFiltered && actions.length === 0) return null
                return <RecommendationActions key={recommendation.recommendationId} plan={plan} heading={`Recommendation ${recommendation.number}`} text={recommendation.text} actions={actions} canEdit={canEdit} />
              })}
              {orphans.length > 0 && <RecommendationActions plan={plan} heading="Actions whose recommendation is no longer in the report" text={null} actions={orphans} canEdit={canEdit} />}
            </>
          )}
        </>
      )}
    </>
  )
}
