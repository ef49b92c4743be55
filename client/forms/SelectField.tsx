import { describedBy, ErrorMessage } from './ErrorSummary'

export function SelectField(props: {
  id: string
  label: string
  hint?: string
  error?: string
  /** The first, empty choice, such as "Choose an agency". */
  placeholder: string
  options: { value: string; label: string }[]
  value: string
  onChange: (value: string) => void
}) {
  const { id, label, hint, error, placeholder, options, value, onChange } = props
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} text={error} />
      <select
        id={id}
        name={id}
        className={`govuk-select${error ? ' govuk-select--error' : ''}`}
        value={value}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
