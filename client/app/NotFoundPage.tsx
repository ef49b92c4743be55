import { ProblemPage } from './ProblemPage'

export function NotFoundPage() {
  return (
    <ProblemPage title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
    </ProblemPage>
  )
}
