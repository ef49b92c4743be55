import type { ReactNode } from 'react'
import { FormGroup } from './FormGroup'

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
    <FormGroup id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      {(ariaDescribedBy) => (
        <textarea
          id={id}
          name={id}
          rows={rows}
          className={`govuk-textarea${error ? ' govuk-textarea--error' : ''}`}
          value={value}
          aria-describedby={ariaDescribedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  )
}
