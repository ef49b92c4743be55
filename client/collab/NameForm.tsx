import { useId, useState, type FormEvent } from 'react'
import { cleanName, MAX_NAME_LENGTH } from './identity'

/** The name others see on this person's caret. */
export function NameForm({ name, onChange }: { name: string; onChange: (name: string) => void }) {
  const [value, setValue] = useState(name)
  const [error, setError] = useState<string | null>(null)
  const id = useId()

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const cleaned = cleanName(value)
    if (!cleaned) {
      setError('Enter your name')
      return
    }
    setError(null)
    setValue(cleaned)
    onChange(cleaned)
  }

  return (
    <form onSubmit={submit} noValidate className="app-name-form">
      <div className={`govuk-form-group ${error ? 'govuk-form-group--error' : ''}`}>
        <label className="govuk-label govuk-label--s" htmlFor={`${id}-name`}>
          Your name
        </label>
        <div className="govuk-hint" id={`${id}-hint`}>
          Shown to others beside your cursor
        </div>
        {error && (
          <p className="govuk-error-message" id={`${id}-error`}>
            <span className="govuk-visually-hidden">Error:</span> {error}
          </p>
        )}
        <input
          id={`${id}-name`}
          className={`govuk-input ${error ? 'govuk-input--error' : ''}`}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="name"
          spellCheck={false}
          value={value}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="govuk-button govuk-button--secondary app-button--small">
        Change name
      </button>
    </form>
  )
}
