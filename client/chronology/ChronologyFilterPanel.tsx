import { useState, type FormEvent } from 'react'
import { NO_FILTER, type ChronologyFilter } from '../../shared/chronology/filters'
import type { TimelineAgency } from '../../shared/chronology/timeline'
import { CHRONOLOGY_FLAG_LABELS, CHRONOLOGY_FLAGS, type ChronologyFlag } from '../../shared/imr/chronologyEntry'
import { DateInputField, dateInputId } from '../forms/DateInputField'
import { ErrorSummary, type FormError } from '../forms/ErrorSummary'
import { FilterButtons, FilterCheckboxes } from '../forms/FilterPanelParts'
import { checkFilterForm, EMPTY_FILTER_FORM, type DateError, type FilterForm } from './filterForm'

/** Which entries the page shows: agencies, a period and flags, applied without reloading the page. */
export function ChronologyFilterPanel({ agencies, onApply }: { agencies: TimelineAgency[]; onApply: (filter: ChronologyFilter) => void }) {
  const [form, setForm] = useState<FilterForm>(EMPTY_FILTER_FORM)
  const [errors, setErrors] = useState<{ from?: DateError; to?: DateError }>({})
  const [attempt, setAttempt] = useState(0)

  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    setAttempt((current) => current + 1)
    const checked = checkFilterForm(form)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    onApply(checked.filter)
  }
  const clear = () => {
    setForm(EMPTY_FILTER_FORM)
    setErrors({})
    onApply(NO_FILTER)
  }

  const summary: FormError[] = (['from', 'to'] as const).flatMap((bound) => {
    const error = errors[bound]
    return error ? [{ href: dateInputId(`chronology-${bound}`, error.parts[0]), text: error.message }] : []
  })

  return (
    <section className="app-chronology-filters" aria-labelledby="chronology-filters-heading">
      <h2 className="govuk-heading-m" id="chronology-filters-heading">
        Filter the chronology
      </h2>
      <ErrorSummary errors={summary} attempt={attempt} />
      <form noValidate onSubmit={apply}>
        <div className="app-chronology-filters__groups">
          <FilterCheckboxes
            id="chronology-agencies"
            legend="Agencies"
            hint="Leave all unticked to see every agency."
            options={agencies.map((agency) => ({ value: agency.id, label: agency.name }))}
            ticked={form.agencyIds}
            onChange={(agencyIds) => setForm({ ...form, agencyIds })}
          />
          <FilterCheckboxes<ChronologyFlag>
            id="chronology-flags"
            legend="Entries that record"
            hint="Only entries with every ticked item are listed. Counts and gaps are not affected."
            options={CHRONOLOGY_FLAGS.map((flag) => ({ value: flag, label: CHRONOLOGY_FLAG_LABELS[flag] }))}
            ticked={form.flags}
            onChange={(flags) => setForm({ ...form, flags })}
          />
          <div>
            <DateInputField
              id="chronology-from"
              legend="From"
              hint="For example, 3 4 2012. Leave empty for the first entry."
              error={errors.from}
              value={form.from}
              onChange={(from) => setForm({ ...form, from })}
            />
            <DateInputField
              id="chronology-to"
              legend="To"
              hint="Leave empty for the last entry. A month-only entry is listed if its month overlaps the period."
              error={errors.to}
              value={form.to}
              onChange={(to) => setForm({ ...form, to })}
            />
          </div>
        </div>
        <FilterButtons onClear={clear} />
      </form>
    </section>
  )
}
