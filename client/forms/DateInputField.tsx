import { describedBy, ErrorMessage } from './ErrorSummary'
import type { DatePart, DateParts } from './dateParts'

const PARTS: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
]

/** The id of one box, for labels and for error summary links (which go to the first box in error). */
export const dateInputId = (id: string, part: DatePart): string => `${id}-${part}`

export function DateInputField(props: {
  id: string
  legend: string
  hint?: string
  error?: { message: string; parts: DatePart[] }
  /** Which boxes to show; all three when left out. */
  parts?: readonly DatePart[]
  value: DateParts
  onChange: (value: DateParts) => void
}) {
  const { id, legend, hint, error, parts, value, onChange } = props
  const boxes = parts ? PARTS.filter((box) => parts.includes(box.part)) : PARTS
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        {hint && (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} text={error?.message} />
        <div className="govuk-date-input" id={id}>
          {boxes.map(({ part, label, width }) => (
            <div className="govuk-date-input__item" key={part}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={dateInputId(id, part)}>
                  {label}
                </label>
                <input
                  className={`govuk-input govuk-date-input__input ${width}${error?.parts.includes(part) ? ' govuk-input--error' : ''}`}
                  id={dateInputId(id, part)}
                  name={dateInputId(id, part)}
                  type="text"
                  inputMode="numeric"
                  autoComplete="off"
                  value={value[part]}
                  onChange={(event) => onChange({ ...value, [part]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  )
}
