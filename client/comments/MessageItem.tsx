import { useRef, useState } from 'react'
import type { Mentionable } from '../../shared/comments/mentions'
import type { CommentMessage } from '../../shared/comments/threads'
import type { Commenter } from './commentActions'
import { CommentForm } from './CommentForm'
import { splitMentions } from './mentionSuggestions'
import { exactTime, relativeTime } from './relativeTime'

export interface MessageItemProps {
  message: CommentMessage
  now: number
  /** The review's members, whose mentions are shown in bold. */
  members: readonly Mentionable[]
  /** Null: the report is only read here, so nothing can be changed. */
  commenter: Commenter | null
  onEdit: (body: string) => void
  onDelete: () => void
}

/** One message of a thread; its author may change or delete it (after saying yes). */
export function MessageItem({ message, now, members, commenter, onEdit, onDelete }: MessageItemProps) {
  const [mode, setMode] = useState<'reading' | 'editing' | 'confirming'>('reading')
  const editButton = useRef<HTMLButtonElement>(null)
  const deleteButton = useRef<HTMLButtonElement>(null)
  const own = commenter !== null && commenter.author.id === message.authorId && !message.deleted
  const back = (to: 'edit' | 'delete') => {
    setMode('reading')
    requestAnimationFrame(() => (to === 'edit' ? editButton : deleteButton).current?.focus())
  }
  return (
    <li className="app-message">
      <p className="app-message__meta">
        <span className="app-message__author">{message.authorName}</span>{' '}
        <time className="app-message__time" dateTime={message.createdAt} title={exactTime(message.createdAt)}>
          {relativeTime(message.createdAt, now)}
        </time>
        {message.editedAt && !message.deleted && (
          <span className="app-message__edited" title={`Changed ${exactTime(message.editedAt)}`}>
            {' '}
            (changed)
          </span>
        )}
      </p>
      {message.deleted ? (
        <p className="app-message__body app-message__body--deleted">Comment deleted</p>
      ) : mode === 'editing' && commenter ? (
        <CommentForm
          id={`edit-${message.id}`}
          label="Change your comment"
          submitLabel="Save"
          initial={message.body}
          members={members}
          autoFocus
          onSubmit={(body) => {
            onEdit(body)
            back('edit')
          }}
          onCancel={() => back('edit')}
        />
      ) : (
        <p className="app-message__body">
          {splitMentions(message.body, members).map((part, index) => (part.mention ? <strong key={index}>{part.text}</strong> : part.text))}
        </p>
      )}
      {own && mode === 'reading' && (
        <p className="app-message__actions">
          <button type="button" ref={editButton} className="app-link-button govuk-body-s" onClick={() => setMode('editing')}>
            Edit<span className="govuk-visually-hidden"> your comment</span>
          </button>
          <button type="button" ref={deleteButton} className="app-link-button govuk-body-s" onClick={() => setMode('confirming')}>
            Delete<span className="govuk-visually-hidden"> your comment</span>
          </button>
        </p>
      )}
      {own && mode === 'confirming' && (
        <div className="app-message__confirm" role="group" aria-label="Delete your comment">
          <p className="govuk-body-s govuk-!-margin-bottom-2">Delete this comment? This cannot be undone.</p>
          <div className="govuk-button-group">
            <button type="button" className="govuk-button govuk-button--warning app-comment-form__button" autoFocus onClick={onDelete}>
              Delete comment
            </button>
            <button type="button" className="govuk-button govuk-button--secondary app-comment-form__button" onClick={() => back('delete')}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </li>
  )
}
