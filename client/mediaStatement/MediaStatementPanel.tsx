import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { Tabs } from '../app/Tabs'
import { useStoreValue } from '../app/valueStore'
import { findingsIn } from '../redaction/detectionPlugin'
import { FindingList } from '../redaction/FindingList'
import type { PanelTab, RedactionSetup } from '../redaction/redactionSetup'
import { StatementDownloads } from './StatementDownloads'
import { StatementPreview } from './StatementPreview'

type StatementTab = Extract<PanelTab, 'findings' | 'summary'> | 'downloads'

/**
 * The media statement's side panel: what is still to redact (found with the register's names as
 * typed in the statement), the public preview (toggled from the toolbar too), and the downloads with
 * the server's leak check. There is no register to edit here: the author keeps it in the report.
 */
export function MediaStatementPanel({ editor, setup, reviewId, canDownload }: { editor: Editor; setup: RedactionSetup; reviewId: string; canDownload: boolean }) {
  const shared = useStoreValue(setup.panelTab)
  const unredacted = useEditorState({ editor, selector: ({ editor: current }) => findingsIn(current.state).length })
  const selected: StatementTab = shared === 'register' ? 'findings' : (shared as StatementTab)
  return (
    <div className={`app-report-panel${selected === 'summary' ? ' app-report-panel--wide' : ''}`}>
      <Tabs<StatementTab>
        label="Redaction, preview and downloads"
        idPrefix="statement-panel"
        selected={selected}
        onSelect={(next) => setup.panelTab.set(next as PanelTab)}
        tabs={[
          { id: 'findings', label: unredacted > 0 ? `To redact (${unredacted})` : 'To redact', panel: () => <FindingList editor={editor} store={setup.store} /> },
          { id: 'summary', label: 'Public preview', panel: () => <StatementPreview editor={editor} store={setup.store} /> },
          { id: 'downloads', label: 'Downloads', panel: () => <StatementDownloads reviewId={reviewId} canDownload={canDownload} /> },
        ]}
      />
    </div>
  )
}
