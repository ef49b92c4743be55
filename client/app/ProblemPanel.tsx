import type { ApiError } from '../api/http'

/** A page-level problem, in the GOV.UK error summary pattern. */
export function ProblemPanel({ title, error }: { title: string; error: ApiError }) {
  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">{error.message}</p>
        </div>
      </div>
    </div>
  )
}

export function Loading({ label }: { label: string }) {
  return (
    <p className="govuk-body app-loading" role="status">
      {label}
    </p>
  )
}
