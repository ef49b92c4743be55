import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useState } from 'react'
import type { Identity } from '../collab/identity'
import type { Collaboration } from '../collab/useCollaboration'
import { Contents } from './Contents'
import { createEditorExtensions } from './editorExtensions'
import { LinkForm } from './LinkForm'
import { Toolbar } from './Toolbar'

export function ReportEditor({ collaboration, identity, title }: { collaboration: Collaboration; identity: Identity; title: string }) {
  const [linkFormOpen, setLinkFormOpen] = useState(false)
  const editor = useEditor(
    {
      extensions: createEditorExtensions(collaboration, identity),
      editorProps: {
        attributes: {
          id: 'report-editor',
          class: 'app-document',
          'aria-label': `Overview report: ${title}`,
          'aria-multiline': 'true',
          role: 'textbox',
          spellcheck: 'true',
          lang: 'en-GB',
        },
        handleKeyDown: (_view, event) => {
          if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
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

  if (!editor) return null
  return (
    <div className="app-editor-layout">
      <aside className="app-editor-layout__contents">
        <Contents editor={editor} />
      </aside>
      <div className="app-editor-layout__document">
        <div className="app-editor-layout__toolbar">
          <Toolbar editor={editor} onLink={() => setLinkFormOpen(true)} />
          {linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
        </div>
        <EditorContent editor={editor} className="app-document-frame" />
      </div>
    </div>
  )
}
