import { forwardRef, type CSSProperties } from 'react'
import type { Mentionable } from '../../shared/comments/mentions'
import { CommentForm } from './CommentForm'

/** The form for a new comment on the selected text, beside that text. */
export const NewCommentForm = forwardRef<HTMLElement, { quote: string; members: readonly Mentionable[]; style?: CSSProperties; onSubmit: (body: string) => void; onCancel: () => void }>(
  function NewCommentForm({ quote, members, style, onSubmit, onCancel }, ref) {
    return (
      <section ref={ref} className="app-thread app-thread--active app-thread--new" style={style} aria-labelledby="new-comment-heading">
        <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id="new-comment-heading">
          New comment
        </h3>
        <p className="app-thread__quote app-thread__quote--plain">
          <span className="govuk-visually-hidden">On the text: </span>“{quote.length > 90 ? `${quote.slice(0, 89)}…` : quote}”
        </p>
        <CommentForm id="new-comment" label="Comment" submitLabel="Comment" members={members} autoFocus onSubmit={onSubmit} onCancel={onCancel} />
      </section>
    )
  },
)
