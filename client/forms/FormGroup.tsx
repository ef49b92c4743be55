import type { ReactNode } from 'react'
import { describedBy, ErrorMessage } from './ErrorSummary'

/** The GOV.UK form group around one control: label, hint and error message, with their ids. */
export function FormGroup(props: {
  id: string
  label: ReactNode
  labelClassName?: string
  hint?: ReactNode
  error?: string
  /** Renders the control, given the `aria-describedby` value that links it to the hint and error. */
  children: (ariaDescribedBy: string | undefined) => ReactNode
}) {
  const { id, label, labelClassName = '', hint, error, children } = props
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label ${labelClassName}`.trim()} htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="govuk-hint" id={`${id}-hint`}>
          {hint}
        </div>
      )}
      <ErrorMessage id={`${id}-error`} text={error} />
      {children(describedBy(hint ? `${id}-hint` : null, error && `${id}-error`))}
    </div>
  )
}
