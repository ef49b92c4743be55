/**
 * @module
 * Redaction in a report's editor: the register store of the report's Y.Doc, the editor extensions
 * that use it (live detection, pseudonym labels, the Redact shortcut), and the request to open the
 * Redact dialog that the toolbar, the shortcut and the menu share. IMRs have no register and none of this.
 */
import { Extension, type AnyExtension, type Editor, type KeyboardShortcutCommand } from '@tiptap/core'
import { useEffect, useState } from 'react'
import type * as Y from 'yjs'
import { ValueStore } from '../app/valueStore'
import { readSelectionFromPage } from '../editor/pageSelection'
import { RedactionDetection } from './detectionPlugin'
import { PseudonymLabels } from './pseudonymLabels'
import { canRedact } from './redactionActions'
import { RegisterStore } from './registerStore'

export const REDACT_SHORTCUT = 'Mod-Shift-x'

export type PanelTab = 'findings' | 'register' | 'summary'

export interface RedactionSetup {
  store: RegisterStore
  /** Whether the Redact dialog is open. */
  dialogOpen: ValueStore<boolean>
  /** What the side panel shows; the summary preview is also toggled from the toolbar. */
  panelTab: ValueStore<PanelTab>
  /** The toolbar's name for the preview: "Summary preview" unless said (the media statement's is its public preview). */
  previewLabel?: string
}

/** A setup over the register in `doc` (the report's, or a local copy such as the media statement's view). */
export function openRedactionSetup(doc: Y.Doc, previewLabel?: string): RedactionSetup {
  return { store: new RegisterStore(doc), dialogOpen: new ValueStore<boolean>(false), panelTab: new ValueStore<PanelTab>('findings'), previewLabel }
}

export function closeRedactionSetup(setup: RedactionSetup): void {
  setup.store.destroy()
  setup.dialogOpen.destroy()
  setup.panelTab.destroy()
}

/** The setup for a report's Y.Doc while the component is mounted (null until then, and for other documents). */
export function useRedactionSetup(doc: Y.Doc, enabled: boolean): RedactionSetup | null {
  const [setup, setSetup] = useState<RedactionSetup | null>(null)
  useEffect(() => {
    if (!enabled) return
    const opened = openRedactionSetup(doc)
    setSetup(opened)
    return () => {
      setSetup(null)
      closeRedactionSetup(opened)
    }
  }, [doc, enabled])
  return setup
}

/** Opens the Redact dialog when there is something to redact; false (nothing happens) otherwise. */
export function requestRedaction(editor: Editor, setup: RedactionSetup): boolean {
  if (!editor.isEditable) return false
  readSelectionFromPage(editor)
  if (!canRedact(editor)) return false
  setup.dialogOpen.set(true)
  return true
}

const RedactionShortcut = Extension.create<{ setup: RedactionSetup | null }>({
  name: 'redactionShortcut',
  addOptions: () => ({ setup: null }),
  addKeyboardShortcuts(): Record<string, KeyboardShortcutCommand> {
    const { setup } = this.options
    if (!setup) return {}
    // Taken even with nothing to redact, so that the browser's own use of the keys (Firefox turns the text right to left) never happens here.
    return { [REDACT_SHORTCUT]: () => requestRedaction(this.editor, setup) || this.editor.isEditable }
  },
})

export function redactionExtensions(setup: RedactionSetup): AnyExtension[] {
  return [RedactionDetection.configure({ store: setup.store }), PseudonymLabels.configure({ store: setup.store }), RedactionShortcut.configure({ setup })]
}
