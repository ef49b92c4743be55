import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useRef, type KeyboardEvent } from 'react'
import { SECTION_HEADING_LEVEL } from '../../shared/schema'
import { CommentTools } from '../comments/CommentTools'
import type { CommentsSetup } from '../comments/commentsSetup'
import { RecommendationTools } from '../recommendations/RecommendationTools'
import { RedactionTools } from '../redaction/RedactionTools'
import type { RedactionSetup } from '../redaction/redactionSetup'
import { isMac, mod, ToolbarButton } from './ToolbarButton'

type BlockStyle = 'paragraph' | '2' | '3' | '4'

const BLOCK_STYLES: { value: BlockStyle; label: string }[] = [
  { value: 'paragraph', label: 'Paragraph' },
  { value: String(SECTION_HEADING_LEVEL) as BlockStyle, label: 'Section heading' },
  { value: '3', label: 'Sub-heading' },
  { value: '4', label: 'Minor heading' },
]

/** Arrow keys move between the toolbar's controls (the WAI-ARIA toolbar pattern). */
function moveFocus(event: KeyboardEvent<HTMLDivElement>): void {
  if (!['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return
  if (event.target instanceof HTMLSelectElement) return
  const controls = [...event.currentTarget.querySelectorAll<HTMLElement>('button:not([disabled]), select')]
  const current = controls.indexOf(document.activeElement as HTMLElement)
  if (current < 0) return
  event.preventDefault()
  const next =
    event.key === 'Home' ? 0 : event.key === 'End' ? controls.length - 1 : (current + (event.key === 'ArrowRight' ? 1 : -1) + controls.length) % controls.length
  controls[next].focus()
}

/** `controls`: the id of the editor the toolbar formats; `recommendations`: offer findings and recommendations (the report's). */
export function Toolbar(props: { editor: Editor; controls: string; onLink: () => void; redaction: RedactionSetup | null; comments?: CommentsSetup | null; recommendations?: boolean }) {
  const { editor, controls, onLink, redaction, comments = null, recommendations = false } = props
  const toolbar = useRef<HTMLDivElement>(null)
  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      block: ([2, 3, 4].find((level) => current.isActive('heading', { level }))?.toString() ?? 'paragraph') as BlockStyle,
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      underline: current.isActive('underline'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      inTable: current.isActive('table'),
      canUndo: current.can().undo(),
      canRedo: current.can().redo(),
    }),
  })
  const chain = () => editor.chain().focus()

  const setBlock = (value: BlockStyle) => {
    if (value === 'paragraph') chain().setParagraph().run()
    else chain().setHeading({ level: Number(value) as 2 | 3 | 4 }).run()
  }

  return (
    <div className="app-toolbar" role="toolbar" aria-label="Formatting" aria-controls={controls} ref={toolbar} onKeyDown={moveFocus}>
      <div className="app-toolbar__group">
        <label className="govuk-visually-hidden" htmlFor="block-style">
          Text style
        </label>
        <select id="block-style" className="govuk-select app-toolbar__select" value={state.block} onChange={(event) => setBlock(event.target.value as BlockStyle)}>
          {BLOCK_STYLES.map((style) => (
            <option key={style.value} value={style.value}>
              {style.label}
            </option>
          ))}
        </select>
      </div>
      <div className="app-toolbar__group">
        <ToolbarButton label="Bold" shortcut={`${mod}B`} pressed={state.bold} onClick={() => chain().toggleBold().run()}>
          <b aria-hidden="true">B</b>
        </ToolbarButton>
        <ToolbarButton label="Italic" shortcut={`${mod}I`} pressed={state.italic} onClick={() => chain().toggleItalic().run()}>
          <i aria-hidden="true">I</i>
        </ToolbarButton>
        <ToolbarButton label="Underline" shortcut={`${mod}U`} pressed={state.underline} onClick={() => chain().toggleUnderline().run()}>
          <u aria-hidden="true">U</u>
        </ToolbarButton>
        <ToolbarButton label="Link" shortcut={`${mod}K`} pressed={state.link} onClick={onLink}>
          Link
        </ToolbarButton>
      </div>
      <div className="app-toolbar__group">
        <ToolbarButton label="Bullets" pressed={state.bulletList} onClick={() => chain().toggleBulletList().run()}>
          Bullets
        </ToolbarButton>
        <ToolbarButton label="Numbering" pressed={state.orderedList} onClick={() => chain().toggleOrderedList().run()}>
          Numbering
        </ToolbarButton>
        <ToolbarButton label="Quote" pressed={state.blockquote} onClick={() => chain().toggleBlockquote().run()}>
          Quote
        </ToolbarButton>
      </div>
      <div className="app-toolbar__group">
        {!state.inTable ? (
          <ToolbarButton label="Insert table" onClick={() => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()}>
            Table
          </ToolbarButton>
        ) : (
          <>
            <ToolbarButton label="Add row below" onClick={() => chain().addRowAfter().run()}>
              + Row
            </ToolbarButton>
            <ToolbarButton label="Add column to the right" onClick={() => chain().addColumnAfter().run()}>
              + Column
            </ToolbarButton>
            <ToolbarButton label="Delete row" onClick={() => chain().deleteRow().run()}>
              − Row
            </ToolbarButton>
            <ToolbarButton label="Delete column" onClick={() => chain().deleteColumn().run()}>
              − Column
            </ToolbarButton>
            <ToolbarButton label="Delete table" onClick={() => chain().deleteTable().run()}>
              Delete table
            </ToolbarButton>
          </>
        )}
      </div>
      {recommendations && <RecommendationTools editor={editor} />}
      {redaction && <RedactionTools editor={editor} setup={redaction} />}
      {comments && <CommentTools editor={editor} />}
      <div className="app-toolbar__group">
        <ToolbarButton label="Undo" shortcut={`${mod}Z`} disabled={!state.canUndo} onClick={() => chain().undo().run()}>
          Undo
        </ToolbarButton>
        <ToolbarButton label="Redo" shortcut={isMac ? '⇧⌘Z' : 'Ctrl+Y'} disabled={!state.canRedo} onClick={() => chain().redo().run()}>
          Redo
        </ToolbarButton>
      </div>
    </div>
  )
}
