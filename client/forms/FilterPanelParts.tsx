/**
 * @module
 * The parts of a filter panel (the chronology's, the action plan's): groups of small checkboxes, where
 * none ticked means all, and the Apply and Clear buttons.
 */
import { toggle } from '../chronology/filterForm'

/** One group of small GOV.UK checkboxes; the first box carries `id`, and the ticked values keep the order of `options`. */
export function FilterCheckboxes<T extends string>(props: { id: string; legend: string; hint?: string; options: { value: T; label: string }[]; ticked: T[]; onChange: (ticked: T[]) => void }) {
  const { id, legend, hint, options, ticked, onChange } = props
  const values = options.map((option) => option.value)
  return (
    <div className="govuk-form-group">
      <fieldset className="govuk-fieldset" aria-describedby={hint ? `${id}-hint` : undefined}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <div className="govuk-checkboxes govuk-checkboxes--small" data-module="govuk-checkboxes">
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`
            return (
              <div className="govuk-checkboxes__item" key={option.value}>
                <input className="govuk-checkboxes__input" id={inputId} name={id} type="checkbox" value={option.value} checked={ticked.includes(option.value)} onChange={() => onChange(toggle(ticked, option.value, values))} />
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

/** Apply (the form's submit) and Clear. */
export function FilterButtons({ onClear }: { onClear: () => void }) {
  return (
    <div className="govuk-button-group">
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Apply filters
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={onClear}>
        Clear filters
      </button>
    </div>
  )
}
