import { useEffect } from 'react'
import { followLink } from './router'

export function NotFoundPage() {
  useEffect(() => {
    document.title = 'Page not found – Overview Studio'
  }, [])
  return (
    <>
      <h1 className="govuk-heading-l">Page not found</h1>
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">
        <a href="/" className="govuk-link" onClick={followLink}>
          Go to your reviews
        </a>
      </p>
    </>
  )
}
