/**
 * @module
 * Comments in the report editor: the highlighting of commented text, the range a new comment is
 * being written on (moved along with everyone's edits while the form is open), the Comment shortcut,
 * and the link from the text to its thread: clicking commented text, or moving the caret into it,
 * makes its thread the active one.
 */
import { Extension, type Editor, type KeyboardShortcutCommand } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { threadsAt, type ThreadRange } from '../../shared/comments/anchors'
import { COMMENT_MARK } from '../../shared/schema/comment'
import type { DraftRange } from './commentHighlights'
import { COMMENT_SHORTCUT, type CommentsSetup } from './commentsSetup'
import { nextCommentsState, scanCommentsState, type CommentsLook, type CommentsState } from './commentsState'
import { readSelectionFromPage } from '../editor/pageSelection'

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    commentThreads: {
      /** Opens the form for a new comment on the selection, in the Comments tab. */
      openCommentForm: () => ReturnType
    }
  }
}

export type { CommentsState } from './commentsState'

type CommentsMeta = { draft?: DraftRange | null; refresh?: true }

export const commentsKey = new PluginKey<CommentsState>('comments')

const openThreadIds = (setup: CommentsSetup) => new Set(setup.threads.get().filter((thread) => !thread.resolved).map((thread) => thread.id))

/** Whether a transaction may bring a comment mark into the document (pasted or synced text, a new mark). */
function addsComment(tr: Transaction): boolean {
  return tr.steps.some((step) => {
    const json = step.toJSON() as { mark?: { type?: string }; slice?: unknown }
    if (json.mark?.type === COMMENT_MARK) return true
    return json.slice !== undefined && JSON.stringify(json.slice).includes(`"type":"${COMMENT_MARK}"`)
  })
}

export function threadRangesIn(state: EditorState): Map<string, ThreadRange[]> {
  return commentsKey.getState(state)?.ranges ?? new Map()
}

export function draftRangeIn(state: EditorState): DraftRange | null {
  return commentsKey.getState(state)?.draft ?? null
}

/** The open thread at `pos`, innermost first. */
function openThreadAt(state: EditorState, setup: CommentsSetup, pos: number): string | null {
  const open = openThreadIds(setup)
  return threadsAt(threadRangesIn(state), pos).find((id) => open.has(id)) ?? null
}

class CommentsView {
  private readonly unsubscribe: Array<() => void>

  constructor(
    private readonly view: EditorView,
    private readonly setup: CommentsSetup,
  ) {
    const refresh = () => {
      if (!this.view.isDestroyed) this.view.dispatch(this.view.state.tr.setMeta(commentsKey, { refresh: true } satisfies CommentsMeta).setMeta('addToHistory', false))
    }
    this.unsubscribe = [setup.threads.subscribe(refresh), setup.active.subscribe(refresh)]
  }

  update(view: EditorView, previous: EditorState): void {
    const { state } = view
    // Only the person's own moves of the caret: text arriving from others moves it too.
    if (state.doc !== previous.doc || state.selection.eq(previous.selection) || !view.hasFocus()) return
    const thread = openThreadAt(state, this.setup, state.selection.head)
    this.setup.active.set(thread)
  }

  destroy(): void {
    for (const unsubscribe of this.unsubscribe) unsubscribe()
  }
}

export function commentsPlugin(setup: CommentsSetup): Plugin<CommentsState> {
  const look = (): CommentsLook => ({ threads: setup.threads.get(), active: setup.active.get() })
  return new Plugin<CommentsState>({
    key: commentsKey,
    state: {
      init: (_config, state) => scanCommentsState(state.doc, look(), null),
      apply: (tr, previous) => {
        const meta = tr.getMeta(commentsKey) as CommentsMeta | undefined
        if (!meta && !tr.docChanged) return previous
        let draft = meta && 'draft' in meta ? (meta.draft ?? null) : previous.draft
        if (draft && tr.docChanged && !(meta && 'draft' in meta)) {
          const from = tr.mapping.map(draft.from, 1)
          const to = tr.mapping.map(draft.to, -1)
          draft = from < to ? { from, to } : null
        }
        // A report without comments is the common case: a keystroke there need not walk the whole document twice.
        if (tr.docChanged && !meta && !draft && previous.ranges.size === 0 && !addsComment(tr)) return previous
        return nextCommentsState(previous, tr, look(), draft)
      },
    },
    props: {
      decorations: (state) => commentsKey.getState(state)?.decorations,
      handleClick: (view, pos) => {
        const thread = openThreadAt(view.state, setup, pos)
        if (thread) {
          setup.active.set(thread)
          setup.panelOpen.set(true)
        }
        return false
      },
    },
    view: (view) => new CommentsView(view, setup),
  })
}

/** The selection in one line, for the quote a thread keeps. */
export function quoteOf(state: EditorState, range: DraftRange): string {
  return state.doc.textBetween(range.from, range.to, ' ', ' ').replace(/\s+/g, ' ').trim()
}

/** Opens the new comment form when there is text selected and the report may be changed. */
export function requestComment(editor: Editor): boolean {
  if (!editor.isEditable || !('openCommentForm' in editor.commands)) return false
  readSelectionFromPage(editor)
  return editor.commands.openCommentForm()
}

export const canComment = (editor: Editor): boolean => editor.isEditable && !editor.state.selection.empty && 'openCommentForm' in editor.commands

export const CommentThreads = Extension.create<{ setup: CommentsSetup | null }>({
  name: 'commentThreads',
  addOptions: () => ({ setup: null }),
  addCommands() {
    const { setup } = this.options
    return {
      openCommentForm:
        () =>
        ({ state, tr, dispatch, editor }) => {
          const { from, to, empty } = state.selection
          if (!setup || empty || !editor.isEditable) return false
          if (dispatch) {
            tr.setMeta(commentsKey, { draft: { from, to } } satisfies CommentsMeta)
            setup.draft.set({ quote: quoteOf(state, { from, to }) })
            setup.panelOpen.set(true)
          }
          return true
        },
    }
  },
  addKeyboardShortcuts(): Record<string, KeyboardShortcutCommand> {
    if (!this.options.setup) return {}
    // Taken even with nothing selected, so the keys never reach the browser's own uses of them.
    return { [COMMENT_SHORTCUT]: () => requestComment(this.editor) || this.editor.isEditable }
  },
  addProseMirrorPlugins() {
    return this.options.setup ? [commentsPlugin(this.options.setup)] : []
  },
})

/** Forgets the range of a new comment (cancelled, or added). */
export function clearDraft(editor: Editor, setup: CommentsSetup): void {
  setup.draft.set(null)
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(commentsKey, { draft: null } satisfies CommentsMeta).setMeta('addToHistory', false))
}
