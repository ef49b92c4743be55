import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { isMac, ToolbarButton } from '../editor/ToolbarButton'
import { canComment, requestComment } from './commentsExtension'

export const COMMENT_SHORTCUT_LABEL = isMac ? '⌘Alt+M' : 'Ctrl+Alt+M'

/** The toolbar's Comment button: a new comment on the selected text. */
export function CommentTools({ editor }: { editor: Editor }) {
  const enabled = useEditorState({ editor, selector: ({ editor: current }) => canComment(current) })
  return (
    <div className="app-toolbar__group">
      <ToolbarButton label="Comment" shortcut={COMMENT_SHORTCUT_LABEL} disabled={!enabled} onClick={() => requestComment(editor)}>
        Comment
      </ToolbarButton>
    </div>
  )
}
