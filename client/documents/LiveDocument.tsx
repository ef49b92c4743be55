import type { Editor } from '@tiptap/core'
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { Loading } from '../app/ProblemPanel'
import { useSession } from '../auth/session'
import { identityFor } from '../collab/identity'
import { PresenceList } from '../collab/PresenceList'
import { StatusBar } from '../collab/StatusBar'
import { useAllSaved, useCollaborators, useConnectionStatus, useServerReadOnly, type Collaboration } from '../collab/useCollaboration'
import { DocumentEditor } from '../editor/DocumentEditor'
import { useRedactionSetup, type RedactionSetup } from '../redaction/redactionSetup'
import { ReadOnlyNotice } from './ReadOnlyNotice'
import { useAccessChanges } from './useAccessChanges'
import { SIGNED_OUT_PROBLEM, useSessionWhileEditing } from './useSessionWhileEditing'

function useWarnBeforeLeaving(unsaved: boolean): void {
  useEffect(() => {
    if (!unsaved) return
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault()
    }
    window.addEventListener('beforeunload', warn)
    return () => window.removeEventListener('beforeunload', warn)
  }, [unsaved])
}

/**
 * `mayEdit`: what the review said; the server can still say the connection is read-only.
 * `onAccessChanged`: asks for the review again, after the server said the person's access changed.
 * `isReport`: the overview report, which has the register, redaction and the summary preview.
 * `readOnlySaid`: the page already says the person may only read (an IMR's page, above its structured parts).
 * `redaction` and `panel`: a document with a redaction setup and side panel of its own (the media
 * statement); the editor waits for the setup as the report's does.
 */
export function LiveDocument(props: {
  collaboration: Collaboration
  label: string
  mayEdit: boolean
  isReport: boolean
  onAccessChanged: () => void
  readOnlySaid?: boolean
  redaction?: RedactionSetup | null
  panel?: (editor: Editor) => ReactNode
}) {
  const { collaboration, label, mayEdit, isReport, onAccessChanged, readOnlySaid = false, panel } = props
  const reportRedaction = useRedactionSetup(collaboration.doc, isReport)
  const ownRedaction = props.redaction !== undefined
  const redaction = ownRedaction ? (props.redaction ?? null) : reportRedaction
  const session = useSession()
  const name = session.status === 'signed-in' ? session.user.name : 'Someone'
  const identity = useMemo(() => identityFor(name), [name])
  const status = useConnectionStatus(collaboration)
  const allSaved = useAllSaved(collaboration)
  const collaborators = useCollaborators(collaboration)
  const serverReadOnly = useServerReadOnly(collaboration)
  const editable = mayEdit && !serverReadOnly
  const [hasSynced, setHasSynced] = useState(false)
  const signedOut = useSessionWhileEditing(collaboration, allSaved)
  useAccessChanges(collaboration, onAccessChanged)
  const problem = signedOut ? SIGNED_OUT_PROBLEM : status.problem
  useWarnBeforeLeaving(!allSaved)

  useEffect(() => {
    if (status.synced) setHasSynced(true)
  }, [status.synced])

  const presence = <PresenceList collaborators={collaborators} />
  return (
    <>
      {!editable && !(readOnlySaid && !mayEdit) && <ReadOnlyNotice />}
      <StatusBar state={status.state} allSaved={allSaved} problem={problem} readOnly={!editable} />
      {hasSynced && (redaction || (!isReport && !ownRedaction)) ? (
        <DocumentEditor collaboration={collaboration} identity={identity} label={label} editable={editable} presence={presence} redaction={redaction} panel={panel} />
      ) : (
        <div className="app-report-layout">
          <div className="app-report-layout__main">
            <Loading label={problem ?? 'Loading the document…'} />
          </div>
          <div className="app-report-layout__side">{presence}</div>
        </div>
      )}
    </>
  )
}
