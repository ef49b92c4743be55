import { useState, type FormEvent } from 'react'
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../shared/actionPlan/actionStatus'
import type { Agency } from '../../shared/api/reviews'
import { FilterButtons, FilterCheckboxes } from '../forms/FilterPanelParts'
import { NO_PLAN_FILTER, type PlanFilter } from './actionPlanApi'

/** Which actions the plan shows: lead agencies and statuses (as the board sees them today); none ticked means all. */
export function ActionFilters({ agencies, filter, onApply }: { agencies: readonly Agency[]; filter: PlanFilter; onApply: (filter: PlanFilter) => void }) {
  const [form, setForm] = useState<PlanFilter>(filter)
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    onApply(form)
  }
  const clear = () => {
    setForm(NO_PLAN_FILTER)
    onApply(NO_PLAN_FILTER)
  }
  return (
    <section className="app-action-plan__filters" aria-labelledby="action-filters-heading">
      <h2 className="govuk-heading-m" id="action-filters-heading">
        Filter the actions
      </h2>
      <form noValidate onSubmit={apply}>
        <div className="app-action-plan__filter-groups">
          <FilterCheckboxes id="filter-agency" legend="Lead agency" options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))} ticked={form.agency} onChange={(agency) => setForm({ ...form, agency })} />
          <FilterCheckboxes id="filter-status" legend="Status" options={ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }))} ticked={form.status} onChange={(status) => setForm({ ...form, status })} />
        </div>
        <FilterButtons onClear={clear} />
      </form>
    </section>
  )
}
