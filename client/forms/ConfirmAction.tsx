/**
 * @module
 * "Are you sure?" before an action that cannot simply be taken back (deleting a record, returning a
 * signed-off IMR): the question, what it means, a button in the action's own words and a way back. A
 * failure is shown above the question; success goes back with a flash message.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { asApiError, type ApiError } from '../api/http'
import { followLink, navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'

export interface ConfirmActionProps {
  pageTitle: string
  caption: string
  question: string
  /** What the action means: the record it acts on, a warning. */
  children: ReactNode
  /** The button's words, as the answer to the question ("Yes, delete the entry"). */
  confirmLabel: string
  /** `warning` (red) for what cannot be undone. */
  confirmStyle?: 'primary' | 'warning'
  cancelLabel: string
  /** Where the cancel link and success go. */
  back: string
  flash: string
  confirm: () => Promise<unknown>
  /** What to show when the action fails (a problem panel, or a panel of its own for a conflict). */
  showProblem: (problem: ApiError) => ReactNode
}

export function ConfirmAction({ pageTitle, caption, question, children, confirmLabel, confirmStyle = 'primary', cancelLabel, back, flash, confirm, showProblem }: ConfirmActionProps) {
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  usePageTitle(pageTitle, problem !== null)
  useEffect(() => heading.current?.focus(), [])

  const act = async () => {
    setSending(true)
    setProblem(null)
    try {
      await confirm()
      navigate(back, { flash })
    } catch (error) {
      setProblem(asApiError(error))
      setSending(false)
    }
  }

  return (
    <>
      {problem && showProblem(problem)}
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        {question}
      </h1>
      {children}
      <div className="govuk-button-group">
        <button type="button" className={confirmStyle === 'warning' ? 'govuk-button govuk-button--warning' : 'govuk-button'} onClick={() => void act()} disabled={sending} aria-disabled={sending}>
          {confirmLabel}
        </button>
        <a className="govuk-link" href={back} onClick={followLink}>
          {cancelLabel}
        </a>
      </div>
    </>
  )
}
