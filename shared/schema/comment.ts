/**
 * @module
 * The comment mark: the text a comment thread is about. It holds only the thread's id; the thread (its
 * messages, who wrote them, whether it is resolved) lives beside the text in the report's Y.Doc (see
 * shared/comments/). Marks of different threads may overlap and nest, and because the anchor is part of
 * the text it follows the text through concurrent edits, undo and redo, and cut and paste.
 */
import { Mark, mergeAttributes } from '@tiptap/core'

export const COMMENT_MARK = 'comment'
export const THREAD_ID_PATTERN = /^thr_[a-z0-9]{6,32}$/

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    comment: {
      /** Marks the selection as the text of thread `threadId`. */
      setComment: (threadId: string) => ReturnType
      /** Removes thread `threadId`'s mark from the whole document. */
      unsetComment: (threadId: string) => ReturnType
    }
  }
}

const readThreadId = (value: string | null): string | null => (value !== null && THREAD_ID_PATTERN.test(value) ? value : null)

export const Comment = Mark.create({
  name: COMMENT_MARK,
  // Any number of threads may be on the same text.
  excludes: '',
  inclusive: false,
  // Typing right after commented text does not join the thread; a copy pasted elsewhere keeps it.
  spanning: true,

  addAttributes() {
    return {
      threadId: {
        default: null,
        parseHTML: (element) => readThreadId(element.getAttribute('data-thread-id')),
        renderHTML: (attributes) => (attributes.threadId ? { 'data-thread-id': attributes.threadId } : {}),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-comment]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-comment': '', class: 'comment' }, HTMLAttributes), 0]
  },

  addCommands() {
    return {
      setComment:
        (threadId) =>
        ({ tr, state, dispatch }) => {
          const { from, to, empty } = state.selection
          if (empty || !THREAD_ID_PATTERN.test(threadId)) return false
          if (dispatch) tr.addMark(from, to, state.schema.marks[COMMENT_MARK].create({ threadId }))
          return true
        },
      unsetComment:
        (threadId) =>
        ({ tr, state, dispatch }) => {
          const type = state.schema.marks[COMMENT_MARK]
          let found = false
          state.doc.descendants((node, pos) => {
            for (const mark of node.marks) {
              if (mark.type === type && mark.attrs.threadId === threadId) {
                found = true
                if (dispatch) tr.removeMark(pos, pos + node.nodeSize, mark)
              }
            }
          })
          return found
        },
    }
  },
})
