import { useEffect, useRef, type MouseEvent } from 'react'

export interface FormError {
  /** The id of the field (or first field of a group) the error is about. */
  href: string
  text: string
}

/** Moves focus to a field from its error summary link, showing its label or legend above it. */
function focusField(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const field = document.getElementById(id)
  if (!field) return
  event.preventDefault()
  const legend = field.closest('fieldset')?.querySelector('legend')
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`)
  ;(legend ?? label ?? field).scrollIntoView()
  field.focus({ preventScroll: true })
}

/**
 * The GOV.UK error summary: every problem on the page, linked to its field. Takes focus each time
 * `attempt` changes, so a person hears the problems straight after submitting.
 */
export function ErrorSummary({ errors, attempt }: { errors: FormError[]; attempt: number }) {
  const summary = useRef<HTMLDivElement>(null)
  const hasErrors = errors.length > 0
  // Only a new submission moves focus (hence `attempt` alone), not each change to the list as the person types.
  useEffect(() => {
    if (hasErrors) summary.current?.focus()
  }, [attempt])
  if (errors.length === 0) return null
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={summary}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.href}:${error.text}`}>
                <a href={`#${error.href}`} onClick={(event) => focusField(event, error.href)}>
                  {error.text}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  )
}

export function ErrorMessage({ id, text }: { id: string; text: string | undefined }) {
  if (!text) return null
  return (
    <p className="govuk-error-message" id={id}>
      <span className="govuk-visually-hidden">Error:</span> {text}
    </p>
  )
}

/** The ids an input is described by: its hint and its error, when it has them. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  const present = ids.filter((id): id is string => typeof id === 'string' && id.length > 0)
  return present.length > 0 ? present.join(' ') : undefined
}
