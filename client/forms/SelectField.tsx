import { FormGroup } from './FormGroup'

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
    <FormGroup id={id} label={label} hint={hint} error={error}>
      {(ariaDescribedBy) => (
        <select
          id={id}
          name={id}
          className={`govuk-select${error ? ' govuk-select--error' : ''}`}
          value={value}
          aria-describedby={ariaDescribedBy}
          onChange={(event) => onChange(event.target.value)}
        >
          <option value="">{placeholder}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormGroup>
  )
}
