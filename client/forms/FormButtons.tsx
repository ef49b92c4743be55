import { followLink } from '../app/router'

/**
 * The end of a form that is a page of its own: the submit button, held while the form is sending, and
 * a Cancel link back to where the person came from. (A form in a dialog closes instead: DialogButtons.)
 */
export function FormButtons({ submitLabel, sending, cancelHref, className }: { submitLabel: string; sending: boolean; cancelHref: string; className?: string }) {
  return (
    <div className={className ? `govuk-button-group ${className}` : 'govuk-button-group'}>
      <button type="submit" className="govuk-button" disabled={sending} aria-disabled={sending}>
        {submitLabel}
      </button>
      <a className="govuk-link" href={cancelHref} onClick={followLink}>
        Cancel
      </a>
    </div>
  )
}
