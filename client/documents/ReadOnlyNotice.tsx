import type { ReactNode } from 'react'

/** Said once, above a document this person may read but not change. */
export function ReadOnlyNotice({ heading = 'You can read this document but not change it', children }: { heading?: string; children?: ReactNode }) {
  return (
    <div className="govuk-notification-banner app-read-only-notice" role="region" aria-labelledby="read-only-title" data-testid="read-only-notice">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="read-only-title">
          Important
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        <p className="govuk-body">{children ?? 'Your role in this review lets you read it. Changes are made by its authors.'}</p>
      </div>
    </div>
  )
}
