import { forwardRef, type CSSProperties, type MouseEvent } from 'react'
import type { Mentionable } from '../../shared/comments/mentions'
import type { CommentThread } from '../../shared/comments/threads'
import type { Commenter } from './commentActions'
import { CommentForm } from './CommentForm'
import { MessageItem } from './MessageItem'

export interface ThreadCardProps {
  thread: CommentThread
  active: boolean
  detached: boolean
  now: number
  members: readonly Mentionable[]
  commenter: Commenter | null
  style?: CSSProperties
  onActivate: () => void
  /** Selects the thread's text in the report and goes there. */
  onShowText: () => void
  onReply: (body: string) => void
  onEdit: (messageId: string, body: string) => void
  onDelete: (messageId: string) => void
  onResolve: (resolved: boolean) => void
}

const shorten = (text: string, length = 90) => (text.length > length ? `${text.slice(0, length - 1)}…` : text)
const isControl = (target: EventTarget) => target instanceof Element && target.closest('button, a, textarea, input, select, label, [role="listbox"]') !== null

/** One thread: the text it is on, its messages, a reply box while it is active, and Resolve or Reopen. */
export const ThreadCard = forwardRef<HTMLElement, ThreadCardProps>(function ThreadCard(props, ref) {
  const { thread, active, detached, now, members, commenter, style, onActivate, onShowText, onReply, onEdit, onDelete, onResolve } = props
  const first = thread.messages[0]
  const headingId = `thread-${thread.id}-heading`
  const classes = ['app-thread', active ? 'app-thread--active' : '', thread.resolved ? 'app-thread--resolved' : ''].filter(Boolean).join(' ')
  const onClick = (event: MouseEvent) => {
    if (isControl(event.target)) return
    onActivate()
    if (!detached) onShowText()
  }
  return (
    <article ref={ref} className={classes} style={style} aria-labelledby={headingId} data-thread-id={thread.id} tabIndex={-1} onFocus={onActivate} onClick={onClick}>
      <h3 className="govuk-visually-hidden" id={headingId}>
        {`Comment by ${first?.authorName ?? 'someone'} on “${shorten(thread.quote, 40)}”${thread.resolved ? ', resolved' : ''}`}
      </h3>
      {detached ? (
        <>
          <p className="app-thread__detached">The text this comment was on was deleted</p>
          <blockquote className="app-thread__quote">“{shorten(thread.quote)}”</blockquote>
        </>
      ) : (
        <button type="button" className="app-thread__quote app-link-button" onClick={onShowText}>
          <span className="govuk-visually-hidden">Show in the report: </span>“{shorten(thread.quote)}”
        </button>
      )}
      {thread.resolved && <strong className="govuk-tag govuk-tag--green app-thread__tag">Resolved</strong>}
      <ol className="app-thread__messages">
        {thread.messages.map((message) => (
          <MessageItem
            key={message.id}
            message={message}
            now={now}
            members={members}
            commenter={commenter}
            onEdit={(body) => onEdit(message.id, body)}
            onDelete={() => onDelete(message.id)}
          />
        ))}
      </ol>
      {commenter && active && !thread.resolved && <CommentForm id={`reply-${thread.id}`} label="Reply" labelHidden submitLabel="Reply" members={members} onSubmit={onReply} />}
      {commenter && (
        <button type="button" className="govuk-button govuk-button--secondary app-comment-form__button app-thread__resolve" onClick={() => onResolve(!thread.resolved)}>
          {thread.resolved ? 'Reopen' : 'Resolve'}
          <span className="govuk-visually-hidden"> this comment</span>
        </button>
      )}
    </article>
  )
})
