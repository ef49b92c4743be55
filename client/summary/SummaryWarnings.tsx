/** What the executive summary still lacks (and what stops it being published), as a GOV.UK warning with a list. */
export function SummaryWarnings({ warnings, title = 'The executive summary is not complete' }: { warnings: string[]; title?: string }) {
  if (warnings.length === 0) return null
  return (
    <div className="govuk-warning-text app-summary-warnings">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <div className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning: </span>
        <strong>{title}</strong>
        <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2 govuk-!-margin-bottom-0">
          {warnings.map((warning) => (
            <li key={warning} className="govuk-body-s govuk-!-margin-bottom-1">
              {warning}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
