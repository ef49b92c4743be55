import type { Editor } from '@tiptap/core'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useRef, useState, type ReactNode } from 'react'
import { parseReviewDocumentName } from '../../shared/collab/documentNames'
import type { Identity } from '../collab/identity'
import type { Collaboration } from '../collab/useCollaboration'
import { CommentsAnnouncer } from '../comments/CommentsAnnouncer'
import { useCommentsSetup } from '../comments/commentsSetup'
import { useThreadFromAddress } from '../comments/useThreadFromAddress'
import { RedactionLayer } from '../redaction/RedactionLayer'
import type { RedactionSetup } from '../redaction/redactionSetup'
import { Contents } from './Contents'
import { createEditorExtensions } from './editorExtensions'
import { LinkForm } from './LinkForm'
import { ReportPanel } from './ReportPanel'
import { Toolbar } from './Toolbar'
import { usePlaceFromAddress } from './usePlaceFromAddress'

export const EDITOR_ID = 'document-editor'

export interface DocumentEditorProps {
  collaboration: Collaboration
  identity: Identity
  label: string
  editable: boolean
  /** Who else is here, shown at the top of the side column. */
  presence: ReactNode
  /** The report's register, detection and summary; null for an IMR. */
  redaction: RedactionSetup | null
  /** A side panel of the document's own, in place of the report's (the media statement's). */
  panel?: (editor: Editor) => ReactNode
}

/**
 * One collaborative document in the shared schema. When `editable` is false the text can be read,
 * searched and copied, but not changed, and the toolbar is not shown.
 */
export function DocumentEditor({ collaboration, identity, label, editable, presence, redaction, panel }: DocumentEditorProps) {
  const [linkFormOpen, setLinkFormOpen] = useState(false)
  const editableRef = useRef(editable)
  editableRef.current = editable
  const reviewDocument = parseReviewDocumentName(collaboration.provider.roomname)
  // Findings and recommendations are the report's own.
  const reportReviewId = reviewDocument?.kind === 'report' ? reviewDocument.reviewId : null
  // Comments are the report's, as redaction is.
  const comments = useCommentsSetup(collaboration.doc, redaction && reviewDocument?.kind === 'report' ? reviewDocument.reviewId : null)
  const editor = useEditor(
    {
      extensions: createEditorExtensions(collaboration, identity, redaction, comments),
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
    [collaboration, redaction, comments],
  )
  usePlaceFromAddress(editor)
  useThreadFromAddress(editor, comments)

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
    <div className={`app-editor-layout${redaction ? ' app-editor-layout--report' : ''}`}>
      <aside className="app-editor-layout__contents">
        <Contents editor={editor} />
      </aside>
      <div className="app-editor-layout__document">
        {editable && (
          <div className="app-editor-layout__toolbar">
            <Toolbar editor={editor} controls={EDITOR_ID} onLink={() => setLinkFormOpen(true)} redaction={redaction} comments={comments} recommendations={reportReviewId !== null} />
            {linkFormOpen && <LinkForm editor={editor} onClose={() => setLinkFormOpen(false)} />}
          </div>
        )}
        <EditorContent editor={editor} className="app-document-frame" />
        {editable && redaction && <RedactionLayer editor={editor} setup={redaction} />}
        {comments && <CommentsAnnouncer setup={comments} />}
      </div>
      <div className="app-editor-layout__side">
        {presence}
        {panel ? panel(editor) : redaction && <ReportPanel editor={editor} setup={redaction} comments={comments} reviewId={reportReviewId} />}
      </div>
    </div>
  )
}
