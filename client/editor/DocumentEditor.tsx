import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef, useState } from 'react'
import type { Identity } from '../collab/identity'
import type { Collaboration } from '../collab/useCollaboration'
import { Contents } from './Contents'
import { createEditorExtensions } from './editorExtensions'
import { LinkForm } from './LinkForm'
import { Toolbar } from './Toolbar'

export const EDITOR_ID = 'document-editor'

/**
 * One collaborative document in the shared schema. When `editable` is false the text can be read,
 * searched and copied, but not changed, and the toolbar is not shown.
 */
export function DocumentEditor({ collaboration, identity, label, editable }: { collaboration: Collaboration; identity: Identity; label: string; editable: boolean }) {
  const [linkFormOpen, setLinkFormOpen] = useState(false)
  const editableRef = useRef(editable)
  editableRef.current = editable
  const editor = useEditor(
    {
      extensions: createEditorExtensions(collaboration, identity),
      editable,
      editorProps: {
        attributes: () => ({
          id: EDITOR_ID,
          class: 'app-document',
          'aria-label': label,
          'aria-multiline': 'true',
          'aria-readonly': editableRef.current ? 'false' : 'true',
          role: 'textbox',
          spellcheck: editableRef.current ? 'true' : 'false',
          lang: 'en-GB',
        }),
        handleKeyDown: (_view, event) => {
          if (editableRef.current && (event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
            setLinkFormOpen(true)
            return true
          }
          return false
        },
      },
      immediatelyRender: true,
    },
    [collaboration],
  )

  useEffect(() => {
    if (!editor || editor.isDestroyed) return
    editor.commands.updateUser(identity)
  }, [editor, identity])

  useEffect(() => {
    if (!editor || editor.isDestroyed || editor.isEditable === editable) return
    editor.setEditable(editable)
    if (!editable) setLinkFormOpen(false)
  }, [editor, editable])

  if (!editor) return null
  return (
    <div className="app-editor-layout">
      <aside className="app-editor-layout__contents">
        <Contents editor={editor} />
      </aside>
      <div className="app-editor-layout__document">
        {editable && (
          <div className="app-editor-layout__toolbar">
            <Toolbar editor={editor} controls={EDITOR_ID} onLink={() => setLinkFormOpen(true)} />
            {linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
          </div>
        )}
        <EditorContent editor={editor} className="app-document-frame" />
      </div>
    </div>
  )
}
