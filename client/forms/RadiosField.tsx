import { Fragment, type ReactNode } from 'react'
import { describedBy, ErrorMessage } from './ErrorSummary'

export interface RadioOption<T extends string> {
  value: T
  label: string
  hint?: string
  /** Shown under the option while it is chosen (the GOV.UK conditional reveal). */
  conditional?: ReactNode
}

/** The id of an option's input: the group's id for the first, so the error summary can link to it. */
export const radioId = (id: string, index: number): string => (index === 0 ? id : `${id}-${index + 1}`)

export function RadiosField<T extends string>(props: {
  id: string
  legend: string
  legendClassName?: string
  hint?: string
  error?: string
  options: RadioOption<T>[]
  value: T | null
  onChange: (value: T) => void
  small?: boolean
}) {
  const { id, legend, legendClassName = 'govuk-fieldset__legend--s', hint, error, options, value, onChange } = props
  return (
    <div className={`govuk-form-group${error ? ' govuk-form-group--error' : ''}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(hint ? `${id}-hint` : null, error && `${id}-error`)}>
        <legend className={`govuk-fieldset__legend ${legendClassName}`}>{legend}</legend>
        {hint && (
          <div className="govuk-hint" id={`${id}-hint`}>
            {hint}
          </div>
        )}
        <ErrorMessage id={`${id}-error`} text={error} />
        <div className={`govuk-radios${props.small ? ' govuk-radios--small' : ''}`}>
          {options.map((option, index) => {
            const inputId = radioId(id, index)
            const conditionalId = `${inputId}-conditional`
            return (
              <Fragment key={option.value}>
                <div className="govuk-radios__item">
                  <input
                    className="govuk-radios__input"
                    id={inputId}
                    name={id}
                    type="radio"
                    value={option.value}
                    checked={value === option.value}
                    onChange={() => onChange(option.value)}
                    aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                    aria-controls={option.conditional ? conditionalId : undefined}
                  />
                  <label className="govuk-label govuk-radios__label" htmlFor={inputId}>
                    {option.label}
                  </label>
                  {option.hint && (
                    <div id={`${inputId}-hint`} className="govuk-hint govuk-radios__hint">
                      {option.hint}
                    </div>
                  )}
                </div>
                {option.conditional && (
                  <div className={`govuk-radios__conditional${value === option.value ? '' : ' govuk-radios__conditional--hidden'}`} id={conditionalId}>
                    {option.conditional}
                  </div>
                )}
              </Fragment>
            )
          })}
        </div>
      </fieldset>
    </div>
  )
}
