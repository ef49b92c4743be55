import { CHRONOLOGY_FLAG_LABELS, CHRONOLOGY_FLAGS, type ChronologyFlags } from '../../shared/imr/chronologyEntry'
import { describedBy, ErrorMessage } from '../forms/ErrorSummary'

/** The six flags the merged chronology counts, as GOV.UK checkboxes; the first carries `id`. */
export function FlagCheckboxes({ id, error, value, onChange }: { id: string; error?: string; value: ChronologyFlags; onChange: (value: ChronologyFlags) => void }) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">What the entry records about the child</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          Select all that apply.
        </div>
        <ErrorMessage id={`${id}-error`} text={error} />
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {CHRONOLOGY_FLAGS.map((flag, index) => {
            const inputId = index === 0 ? id : `${id}-${flag}`
            return (
              <div className="govuk-checkboxes__item" key={flag}>
                <input
                  className="govuk-checkboxes__input"
                  id={inputId}
                  name={flag}
                  type="checkbox"
                  checked={value[flag]}
                  onChange={(event) => onChange({ ...value, [flag]: event.target.checked })}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={inputId}>
                  {CHRONOLOGY_FLAG_LABELS[flag]}
                </label>
              </div>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
