import type { DatePrecision } from '../../shared/imr/chronologyDate'
import { dateInputId } from '../forms/DateInputField'
import { describedBy, ErrorMessage } from '../forms/ErrorSummary'
import type { DatePart, DateParts } from '../forms/dateParts'
import type { DateError } from './chronologyEntryForm'

const BOXES: { part: DatePart; label: string; width: string }[] = [
  { part: 'day', label: 'Day', width: 'govuk-input--width-2' },
  { part: 'month', label: 'Month', width: 'govuk-input--width-2' },
  { part: 'year', label: 'Year', width: 'govuk-input--width-4' },
]

const HINTS: Record<DatePrecision, string> = {
  day: 'For example, 14 3 2012',
  month: 'For example, 3 2012',
  approximate: 'Your best estimate of the day, for example 14 3 2012',
}

/** The GOV.UK date input for a chronology date: without the day box when only the month is known. */
export function ChronologyDateInput(props: { id: string; precision: DatePrecision; error?: DateError; value: DateParts; onChange: (value: DateParts) => void }) {
  const { id, precision, error, value, onChange } = props
  const boxes = precision === 'month' ? BOXES.filter((box) => box.part !== 'day') : BOXES
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(`${id}-hint`, error && `${id}-error`)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{precision === 'month' ? 'Month and year' : 'Date'}</legend>
        <div className="govuk-hint" id={`${id}-hint`}>
          {HINTS[precision]}
        </div>
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
