import type { Editor } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { useCallback, useEffect, useState } from 'react'
import type { Finding } from '../../shared/redaction/detection'
import { canComment, requestComment } from '../comments/commentsExtension'
import { ContextMenu, type MenuItem } from './ContextMenu'
import { findingAtSelection, findingsIn } from './detectionPlugin'
import { canRedact, isInRedaction, redactAllOf, redactFinding, removeRedaction } from './redactionActions'
import type { RegisterStore } from './registerStore'

interface OpenMenu {
  at: { x: number; y: number }
  items: MenuItem[]
}

/** What a right click (or the menu key) offers at the selection: redacting, changing or removing a redaction, a finding's actions, and commenting. */
export function redactionMenuItems(editor: Editor, store: RegisterStore, finding: Finding | null, openDialog: () => void): MenuItem[] {
  const items: MenuItem[] = []
  if (finding) {
    items.push({ label: `Redact “${finding.text}”`, run: () => redactFinding(editor, store, finding) })
    const { source } = finding
    if (source.kind === 'register') items.push({ label: 'Redact all occurrences', run: () => redactAllOf(editor, store, source.entityId) })
  }
  if (isInRedaction(editor)) {
    items.push({ label: 'Change redaction…', run: openDialog })
    items.push({ label: 'Remove redaction', run: () => removeRedaction(editor) })
  } else if (canRedact(editor) && !finding) items.push({ label: 'Redact…', run: openDialog })
  if (canComment(editor)) items.push({ label: 'Comment…', run: () => requestComment(editor) })
  return items
}

/** Opens the redaction menu on a right click in the editor; elsewhere and with nothing to offer, the browser's own menu. */
export function RedactionMenu({ editor, store, openDialog }: { editor: Editor; store: RegisterStore; openDialog: () => void }) {
  const [menu, setMenu] = useState<OpenMenu | null>(null)
  const close = useCallback(() => {
    setMenu(null)
    editor.commands.focus(undefined, { scrollIntoView: false })
  }, [editor])

  useEffect(() => {
    const dom = editor.view.dom
    const onContextMenu = (event: MouseEvent) => {
      if (!editor.isEditable) return
      const byPointer = event.button === 2 && (event.clientX !== 0 || event.clientY !== 0)
      const clicked = byPointer ? editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos : undefined
      const { from, to } = editor.state.selection
      if (clicked !== undefined && (clicked < from || clicked > to)) editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, clicked)))
      const finding = findingAtSelection(editor.state) ?? (clicked !== undefined ? (findingsIn(editor.state).find((candidate) => candidate.from <= clicked && clicked <= candidate.to) ?? null) : null)
      const items = redactionMenuItems(editor, store, finding, openDialog)
      if (items.length === 0) return
      event.preventDefault()
      const caret = editor.view.coordsAtPos(editor.state.selection.head)
      setMenu({ at: byPointer ? { x: event.clientX, y: event.clientY } : { x: caret.left, y: caret.bottom + 4 }, items })
    }
    dom.addEventListener('contextmenu', onContextMenu)
    return () => dom.removeEventListener('contextmenu', onContextMenu)
  }, [editor, store, openDialog])

  if (!menu) return null
  return <ContextMenu label="Redaction" items={menu.items} at={menu.at} onClose={close} />
}
