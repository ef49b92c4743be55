import type { InputHTMLAttributes, ReactNode } from 'react'
import { FormGroup } from './FormGroup'

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
    <FormGroup id={id} label={label} labelClassName={labelClassName} hint={hint} error={error}>
      {(ariaDescribedBy) => (
        <input
          {...input}
          id={id}
          name={input.name ?? id}
          className={`govuk-input ${widthClassName}${error ? ' govuk-input--error' : ''}`}
          value={value}
          aria-describedby={ariaDescribedBy}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </FormGroup>
  )
}
