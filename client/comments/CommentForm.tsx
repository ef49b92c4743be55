import { useEffect, useRef, useState, type FormEvent } from 'react'
import type { Mentionable } from '../../shared/comments/mentions'
import { checkCommentText } from './commentText'
import { MentionTextarea } from './MentionTextarea'

export interface CommentFormProps {
  id: string
  label: string
  labelHidden?: boolean
  submitLabel: string
  initial?: string
  members: readonly Mentionable[]
  /** Takes the focus when it opens (a new comment, an edit); a reply box under a thread does not. */
  autoFocus?: boolean
  onSubmit: (body: string) => void
  /** Escape or Cancel; without it (a reply box), there is no Cancel button and Escape only clears the box. */
  onCancel?: () => void
}

/** A comment's text and its buttons: used for a new comment, a reply and an edit. */
export function CommentForm({ id, label, labelHidden, submitLabel, initial = '', members, autoFocus = false, onSubmit, onCancel }: CommentFormProps) {
  const [body, setBody] = useState(initial)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLTextAreaElement>(null)

  useEffect(() => {
    if (!autoFocus) return
    input.current?.focus()
    input.current?.setSelectionRange(input.current.value.length, input.current.value.length)
  }, [autoFocus])

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const { valid, error: problem } = checkCommentText(body)
    setError(problem)
    if (!valid) {
      input.current?.focus()
      return
    }
    onSubmit(valid)
    setBody('')
  }

  return (
    <form className="app-comment-form" onSubmit={submit} noValidate>
      <MentionTextarea
        id={id}
        label={label}
        labelHidden={labelHidden}
        value={body}
        onChange={(value) => {
          setBody(value)
          if (error) setError(null)
        }}
        members={members}
        error={error}
        inputRef={input}
        onCancel={() => {
          setError(null)
          if (onCancel) onCancel()
          else setBody('')
        }}
      />
      <div className="govuk-button-group app-comment-form__buttons">
        <button type="submit" className="govuk-button app-comment-form__button">
          {submitLabel}
        </button>
        {onCancel && (
          <button type="button" className="govuk-button govuk-button--secondary app-comment-form__button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  )
}
