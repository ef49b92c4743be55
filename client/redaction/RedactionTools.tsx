import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useStoreValue } from '../app/valueStore'
import { mod, ToolbarButton } from '../editor/ToolbarButton'
import { canRedact, isInRedaction, removeRedaction } from './redactionActions'
import { requestRedaction, type RedactionSetup } from './redactionSetup'

/** The toolbar's redaction controls: Redact (or change a redaction), Remove redaction, and the summary preview. */
export function RedactionTools({ editor, setup }: { editor: Editor; setup: RedactionSetup }) {
  const state = useEditorState({ editor, selector: ({ editor: current }) => ({ canRedact: canRedact(current), inRedaction: isInRedaction(current) }) })
  const previewing = useStoreValue(setup.panelTab) === 'summary'
  return (
    <div className="app-toolbar__group">
      <ToolbarButton label={state.inRedaction ? 'Change redaction' : 'Redact'} shortcut={`${mod}Shift+X`} disabled={!state.canRedact} onClick={() => requestRedaction(editor, setup)}>
        {state.inRedaction ? 'Change redaction' : 'Redact'}
      </ToolbarButton>
      {state.inRedaction && (
        <ToolbarButton label="Remove redaction" onClick={() => removeRedaction(editor)}>
          Remove redaction
        </ToolbarButton>
      )}
      <ToolbarButton label={setup.previewLabel ?? 'Summary preview'} pressed={previewing} onClick={() => setup.panelTab.set(previewing ? 'findings' : 'summary')}>
        {setup.previewLabel ?? 'Summary preview'}
      </ToolbarButton>
    </div>
  )
}
