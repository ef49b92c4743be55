import type { Editor } from '@tiptap/core'
import { useCallback } from 'react'
import { useStoreValue } from '../app/valueStore'
import { RedactDialog } from './RedactDialog'
import { RedactionMenu } from './RedactionMenu'
import { requestRedaction, type RedactionSetup } from './redactionSetup'

/** The Redact dialog and the right-click menu of a report's editor, for those who may change it. */
export function RedactionLayer({ editor, setup }: { editor: Editor; setup: RedactionSetup }) {
  const dialogOpen = useStoreValue(setup.dialogOpen)
  const openDialog = useCallback(() => void requestRedaction(editor, setup), [editor, setup])
  const closeDialog = useCallback(() => setup.dialogOpen.set(false), [setup])
  return (
    <>
      <RedactionMenu editor={editor} store={setup.store} openDialog={openDialog} />
      {dialogOpen && <RedactDialog editor={editor} store={setup.store} onClose={closeDialog} />}
    </>
  )
}
