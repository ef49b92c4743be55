import { useState, type FormEvent } from 'react'
import { ACTION_STATUS_LABELS, ACTION_STATUSES } from '../../shared/actionPlan/actionStatus'
import type { Agency } from '../../shared/api/reviews'
import { NO_PLAN_FILTER, type PlanFilter } from './actionPlanApi'

function Checkboxes<T extends string>(props: { id: string; legend: string; options: { value: T; label: string }[]; ticked: T[]; onChange: (ticked: T[]) => void }) {
  const { id, legend, options, ticked, onChange } = props
  const toggle = (value: T) => onChange(ticked.includes(value) ? ticked.filter((item) => item !== value) : options.map((option) => option.value).filter((item) => item === value || ticked.includes(item)))
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset">
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input className="govuk-checkboxes__input" id={inputId} name={id} type="checkbox" value={option.value} checked={ticked.includes(option.value)} onChange={() => toggle(option.value)} />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {option.label}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}

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
          <Checkboxes id="filter-agency" legend="Lead agency" options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))} ticked={form.agency} onChange={(agency) => setForm({ ...form, agency })} />
          <Checkboxes id="filter-status" legend="Status" options={ACTION_STATUSES.map((status) => ({ value: status, label: ACTION_STATUS_LABELS[status] }))} ticked={form.status} onChange={(status) => setForm({ ...form, status })} />
        </div>
        <div className="govuk-button-group">
          <button type="submit" className="govuk-button" data-module="govuk-button">
            Apply filters
          </button>
          <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={clear}>
            Clear filters
          </button>
        </div>
      </form>
    </section>
  )
}
