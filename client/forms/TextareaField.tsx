import type { ReactNode } from 'react'
import { describedBy, ErrorMessage } from './ErrorSummary'

export function TextareaField(props: {
  id: string
  label: ReactNode
  labelClassName?: string
  hint?: ReactNode
  error?: string
  rows?: number
  value: string
  onChange: (value: string) => void
}) {
  const { id, label, labelClassName = 'govuk-label--s', hint, error, rows = 5, value, onChange } = props
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
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
        value={value}
        aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  )
}
