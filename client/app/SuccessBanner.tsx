import { useEffect, useId, useRef, type ReactNode } from 'react'

/** The GOV.UK success notification banner, focused when it appears so that it is heard. */
export function SuccessBanner({ message, children }: { message: string | null; children?: ReactNode }) {
  const banner = useRef<HTMLDivElement>(null)
  const id = useId()
  useEffect(() => {
    if (message) banner.current?.focus()
  }, [message])
  if (!message) return null
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby={id} tabIndex={-1} ref={banner}>
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={id}>
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
        {children}
      </div>
    </div>
  )
}
