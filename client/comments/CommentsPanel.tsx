import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useMemo, useRef, useState, type ReactNode } from 'react'
import type { CommentThread } from '../../shared/comments/threads'
import { useStoreValue } from '../app/valueStore'
import { useSession } from '../auth/session'
import { AlignedCards } from './AlignedCards'
import { addThread, changeMessage, reply, removeMessage, resolve, type Commenter } from './commentActions'
import { clearDraft, draftRangeIn, threadRangesIn } from './commentsExtension'
import type { CommentsSetup } from './commentsSetup'
import { useThreads } from './commentStore'
import { NewCommentForm } from './NewCommentForm'
import { showThreadText } from './showThread'
import { ThreadCard } from './ThreadCard'
import { countOpen, DEFAULT_FILTER, groupThreads, nothingToShow, PEOPLE_FILTER_LABELS, PEOPLE_FILTERS, STATUS_FILTER_LABELS, STATUS_FILTERS, type PeopleFilter, type StatusFilter, type ThreadFilter } from './threadFilters'
import { useMediaQuery } from './useMediaQuery'
import { useMentionable } from './useMentionable'
import { useNow } from './useNow'

/** Past this width the side column is beside the text (see _editor.scss), so cards can be level with their text. */
export const ALIGNED_QUERY = '(min-width: 961px)'
const DRAFT_ID = 'new-comment'

/**
 * The Comments tab: every thread of the report, filtered, each beside its text while the window is
 * wide enough (a list otherwise), threads whose text was deleted in a group of their own, and the
 * form for a new comment. People who may only read the report see the threads without any controls.
 */
export function CommentsPanel({ editor, setup }: { editor: Editor; setup: CommentsSetup }) {
  const threads = useThreads(setup.threads)
  const { ranges, draftFrom, editable } = useEditorState({
    editor,
    selector: ({ editor: current }) => ({ ranges: threadRangesIn(current.state), draftFrom: draftRangeIn(current.state)?.from ?? null, editable: current.isEditable }),
  })
  const active = useStoreValue(setup.active)
  const draft = useStoreValue(setup.draft)
  const session = useSession()
  const members = useMentionable(setup.reviewId)
  const now = useNow()
  const aligned = useMediaQuery(ALIGNED_QUERY)
  const [filter, setFilter] = useState<ThreadFilter>(DEFAULT_FILTER)
  const heading = useRef<HTMLHeadingElement>(null)
  const user = session.status === 'signed-in' ? session.user : null
  const commenter: Commenter | null = useMemo(() => (editable && user ? { author: { id: user.id, name: user.name }, members } : null), [editable, user, members])

  // The active thread is shown whatever the filter says (a link to a resolved thread, a thread just resolved).
  const groups = groupThreads(threads, ranges, filter, user?.id ?? '')
  const activeThread = threads.find((thread) => thread.id === active)
  if (activeThread && !groups.attached.includes(activeThread) && !groups.detached.includes(activeThread)) {
    const withActive = groupThreads(threads, ranges, { status: 'all', people: 'everyone' }, '')
    if (withActive.attached.includes(activeThread)) groups.attached = withActive.attached.filter((thread) => groups.attached.includes(thread) || thread === activeThread)
    else groups.detached = [...groups.detached, activeThread]
  }
  const showDraft = draft !== null && commenter !== null && draftFrom !== null
  const open = countOpen(threads)
  const resolvedCount = threads.length - open

  const cancelDraft = () => {
    clearDraft(editor, setup)
    editor.commands.focus()
  }
  const submitDraft = (body: string) => {
    if (!commenter) return
    addThread(editor, setup, commenter, body)
    editor.commands.focus(undefined, { scrollIntoView: false })
  }
  const card = (thread: CommentThread, detached: boolean, ref?: (element: HTMLElement | null) => void, top?: number, placed = false): ReactNode => (
    <ThreadCard
      key={thread.id}
      ref={ref}
      thread={thread}
      active={thread.id === active}
      detached={detached}
      now={now}
      members={members}
      commenter={commenter}
      style={placed ? { top: top ?? 0, visibility: top === undefined ? 'hidden' : undefined } : undefined}
      onActivate={() => setup.active.set(thread.id)}
      onShowText={() => showThreadText(editor, setup, thread.id, { focus: true })}
      onReply={(body) => commenter && reply(setup, thread.id, commenter, body)}
      onEdit={(messageId, body) => commenter && changeMessage(setup, thread.id, messageId, commenter, body)}
      onDelete={(messageId) => {
        removeMessage(editor, setup, thread.id, messageId)
        requestAnimationFrame(() => (document.querySelector<HTMLElement>(`[data-thread-id="${thread.id}"]`) ?? heading.current)?.focus())
      }}
      onResolve={(resolved) => {
        if (!user) return
        resolve(setup, thread.id, resolved, { id: user.id, name: user.name })
        requestAnimationFrame(() => (document.querySelector<HTMLElement>(`[data-thread-id="${thread.id}"]`) ?? heading.current)?.focus())
      }}
    />
  )
  const draftForm = (ref: (element: HTMLElement | null) => void, top: number | undefined, placed: boolean) =>
    draft && <NewCommentForm key={DRAFT_ID} ref={ref} quote={draft.quote} members={members} style={placed ? { top: top ?? 0 } : undefined} onSubmit={submitDraft} onCancel={cancelDraft} />

  const itemList = [
    ...(showDraft ? [{ id: DRAFT_ID, from: draftFrom }] : []),
    ...groups.attached.map((thread) => ({ id: thread.id, from: ranges.get(thread.id)?.[0]?.from ?? 0 })),
  ]
  const itemsKey = itemList.map((item) => `${item.id}@${item.from}`).join(' ')
  // eslint-disable-next-line react-hooks/exhaustive-deps -- the same cards at the same places are the same list
  const alignedItems = useMemo(() => itemList, [itemsKey])
  const attachedById = new Map(groups.attached.map((thread) => [thread.id, thread]))
  const nothing = groups.attached.length === 0 && groups.detached.length === 0 && !showDraft

  return (
    <section className={`app-comments${aligned ? ' app-comments--aligned' : ''}`} aria-labelledby="comments-heading">
      <h2 className="govuk-heading-s govuk-!-margin-bottom-1" id="comments-heading" ref={heading} tabIndex={-1}>
        Comments
      </h2>
      <p className="govuk-body-s govuk-!-margin-bottom-2">
        {open} open, {resolvedCount} resolved
      </p>
      <div className="app-comments__filters">
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="comments-status">
            Show
          </label>
          <select id="comments-status" className="govuk-select" value={filter.status} onChange={(event) => setFilter({ ...filter, status: event.target.value as StatusFilter })}>
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {STATUS_FILTER_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-label--s" htmlFor="comments-people">
            Whose
          </label>
          <select id="comments-people" className="govuk-select" value={filter.people} onChange={(event) => setFilter({ ...filter, people: event.target.value as PeopleFilter })}>
            {PEOPLE_FILTERS.map((value) => (
              <option key={value} value={value}>
                {PEOPLE_FILTER_LABELS[value]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="govuk-body-s">
        <a className="govuk-link" href={`/api/reviews/${setup.reviewId}/exports/report-with-comments.html`} download>
          Download the report with its comments
        </a>{' '}
        (confidential: for the panel only)
      </p>
      {!editable && threads.length > 0 && <p className="govuk-body-s">You can read the comments but not add to them.</p>}
      {editable && threads.length === 0 && !showDraft && <p className="govuk-body-s">Select some text, then choose Comment to start a comment on it.</p>}
      {nothing && threads.length > 0 && <p className="govuk-body-s">{nothingToShow(filter, threads.length)}</p>}
      {groups.detached.length > 0 && (
        <section className="app-comments__detached" aria-labelledby="detached-heading">
          <h3 className="govuk-heading-s govuk-!-margin-bottom-2" id="detached-heading">
            On deleted text
          </h3>
          <div className="app-comments__list">{groups.detached.map((thread) => card(thread, true))}</div>
        </section>
      )}
      <AlignedCards
        editor={editor}
        items={alignedItems}
        activeId={showDraft ? DRAFT_ID : active}
        aligned={aligned}
        render={(id, ref, top) => {
          const thread = attachedById.get(id)
          return id === DRAFT_ID ? draftForm(ref, top, aligned) : thread && card(thread, false, ref, top, aligned)
        }}
      />
    </section>
  )
}

