import type { InputHTMLAttributes, ReactNode } from 'react'
import { describedBy, ErrorMessage } from './ErrorSummary'

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange' | 'className'>

export interface TextFieldProps extends InputProps {
  id: string
  label: ReactNode
  labelClassName?: string
  hint?: ReactNode
  error?: string
  value: string
  onChange: (value: string) => void
  /** A GOV.UK width class such as `govuk-input--width-20`. */
  widthClassName?: string
}

export function TextField({ id, label, labelClassName = 'govuk-label--s', hint, error, value, onChange, widthClassName = '', ...input }: TextFieldProps) {
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label ${labelClassName}`} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} text={error} />
      <input
        {...input}
        id={id}
        name={input.name ?? id}
        className={`govuk-input ${widthClassName}${error ? ' govuk-input--error' : ''}`}
        value={value}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
