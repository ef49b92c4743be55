import { useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react'
import type { Mentionable } from '../../shared/comments/mentions'
import { insertMention, mentionQueryAt, suggestMembers, type MentionQuery } from './mentionSuggestions'

export interface MentionTextareaProps {
  id: string
  label: string
  /** The label is read out but not shown (a reply box under its thread). */
  labelHidden?: boolean
  value: string
  onChange: (value: string) => void
  members: readonly Mentionable[]
  /** Escape, when no suggestions are open. */
  onCancel: () => void
  error?: string | null
  inputRef?: RefObject<HTMLTextAreaElement | null>
}

/**
 * A comment's text box that suggests review members after `@`: the arrow keys move through the
 * suggestions, Enter or Tab puts the name in, Escape closes them (and, with none open, cancels the
 * form); Ctrl+Enter (⌘Enter) sends the form.
 */
export function MentionTextarea({ id, label, labelHidden = false, value, onChange, members, onCancel, error, inputRef }: MentionTextareaProps) {
  const ownRef = useRef<HTMLTextAreaElement>(null)
  const textarea = inputRef ?? ownRef
  const [query, setQuery] = useState<MentionQuery | null>(null)
  const [highlighted, setHighlighted] = useState(0)
  const listId = useId()
  const suggestions = query ? suggestMembers(members, query.query) : []
  const open = suggestions.length > 0
  const current = Math.min(highlighted, suggestions.length - 1)

  const lookAt = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret)
    setQuery((previous) => (previous?.start === next?.start && previous?.query === next?.query ? previous : next))
    if (next?.start !== query?.start) setHighlighted(0)
  }

  const choose = (member: Mentionable) => {
    const element = textarea.current
    if (!query || !element) return
    const next = insertMention(value, query, element.selectionStart, member)
    onChange(next.text)
    setQuery(null)
    requestAnimationFrame(() => {
      element.focus()
      element.setSelectionRange(next.caret, next.caret)
    })
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      event.currentTarget.form?.requestSubmit()
      return
    }
    if (open) {
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault()
        setHighlighted((current + (event.key === 'ArrowDown' ? 1 : -1) + suggestions.length) % suggestions.length)
        return
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault()
        choose(suggestions[current])
        return
      }
    }
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      if (open) setQuery(null)
      else onCancel()
    }
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')
  return (
    <div className={`govuk-form-group app-mention-field${error ? ' govuk-form-group--error' : ''}`}>
      <label className={`govuk-label govuk-label--s${labelHidden ? ' govuk-visually-hidden' : ''}`} htmlFor={id}>
        {label}
      </label>
      <div id={`${id}-hint`} className="govuk-hint app-mention-field__hint">
        Type @ to mention someone on the review.
      </div>
      {error && (
        <p id={`${id}-error`} className="govuk-error-message">
          <span className="govuk-visually-hidden">Error:</span> {error}
        </p>
      )}
      <textarea
        ref={textarea}
        id={id}
        className={`govuk-textarea app-mention-field__input${error ? ' govuk-textarea--error' : ''}`}
        rows={3}
        value={value}
        aria-describedby={describedBy}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${current}` : undefined}
        onChange={(event) => {
          onChange(event.target.value)
          lookAt(event.target.value, event.target.selectionStart)
        }}
        onSelect={(event) => lookAt(event.currentTarget.value, event.currentTarget.selectionStart)}
        onBlur={() => setQuery(null)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul className="app-mention-field__suggestions" role="listbox" id={listId} aria-label="People to mention">
          {suggestions.map((member, index) => (
            <li
              key={member.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === current}
              className="app-mention-field__suggestion"
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => choose(member)}
            >
              {member.name}
            </li>
          ))}
        </ul>
      )}
      <span className="govuk-visually-hidden" role="status">
        {open ? `${suggestions.length} ${suggestions.length === 1 ? 'person matches' : 'people match'}. Use the up and down arrows to choose, and Enter to mention.` : ''}
      </span>
    </div>
  )
}
