/**
 * @module
 * The GOV.UK warning text: an icon, "Warning" for screen readers, and the words in bold.
 */
import type { ReactNode } from 'react'

export function WarningText({ children, className }: { children: ReactNode; className?: string }) {
  return (
    <div className={className ? `govuk-warning-text ${className}` : 'govuk-warning-text'}>
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  )
}
