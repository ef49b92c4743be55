/**
 * @module
 * "Are you sure?" before a record (a chronology entry, an action) is deleted: the record as it is,
 * a warning, and a button that deletes it against the revision the person saw. A conflict offers to
 * reload; success goes back with a flash message.
 */
import type { ReactNode } from 'react'
import { ProblemPanel } from '../app/ProblemPanel'
import { ConfirmAction } from './ConfirmAction'
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
  return (
    <ConfirmAction
      pageTitle={pageTitle}
      caption={caption}
      question={question}
      confirmLabel={`Yes, delete the ${subject}`}
      confirmStyle="warning"
      cancelLabel="No, keep it"
      back={back}
      flash={flash}
      confirm={remove}
      showProblem={(problem) =>
        problem.code === 'edit_conflict' ? <EditConflict subject={subject} what="delete" onReload={reload} /> : <ProblemPanel title={`The ${subject} could not be deleted`} error={problem} />
      }
    >
      {record}
      <WarningText>{warning}</WarningText>
    </ConfirmAction>
  )
}
