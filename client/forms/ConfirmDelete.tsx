/**
 * @module
 * "Are you sure?" before a record (a chronology entry, an action) is deleted: the record as it is,
 * a warning, and a button that deletes it against the revision the person saw. A conflict offers to
 * reload; success goes back with a flash message.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { asApiError, type ApiError } from '../api/http'
import { ProblemPanel } from '../app/ProblemPanel'
import { followLink, navigate } from '../app/router'
import { usePageTitle } from '../app/usePageTitle'
import { EditConflict } from './EditConflict'
import { WarningText } from './WarningText'

export interface ConfirmDeleteProps {
  /** What is deleted, in the words of the page ("entry", "action"). */
  subject: string
  pageTitle: string
  caption: string
  question: string
  /** The record as it is now (a one-row table). */
  record: ReactNode
  warning: string
  /** Where "No, keep it" and a successful delete go. */
  back: string
  flash: string
  remove: () => Promise<void>
  reload: () => void
}

export function ConfirmDelete({ subject, pageTitle, caption, question, record, warning, back, flash, remove, reload }: ConfirmDeleteProps) {
  const [problem, setProblem] = useState<ApiError | null>(null)
  const [sending, setSending] = useState(false)
  const heading = useRef<HTMLHeadingElement>(null)
  usePageTitle(pageTitle, problem !== null)
  useEffect(() => heading.current?.focus(), [])

  const confirm = async () => {
    setSending(true)
    setProblem(null)
    try {
      await remove()
      navigate(back, { flash })
    } catch (error) {
      setProblem(asApiError(error))
      setSending(false)
    }
  }

  return (
    <>
      {problem?.code === 'edit_conflict' ? <EditConflict subject={subject} what="delete" onReload={reload} /> : problem && <ProblemPanel title={`The ${subject} could not be deleted`} error={problem} />}
      <span className="govuk-caption-l">{caption}</span>
      <h1 className="govuk-heading-l" tabIndex={-1} ref={heading}>
        {question}
      </h1>
      {record}
      <WarningText>
        {warning}
      </WarningText>
      <div className="govuk-button-group">
        <button type="button" className="govuk-button govuk-button--warning" onClick={() => void confirm()} disabled={sending} aria-disabled={sending}>
          Yes, delete the {subject}
        </button>
        <a className="govuk-link" href={back} onClick={followLink}>
          No, keep it
        </a>
      </div>
    </>
  )
}
