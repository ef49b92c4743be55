import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useEffect, useState } from 'react'
import { Tabs } from '../app/Tabs'
import { useStoreValue, ValueStore } from '../app/valueStore'
import { CommentsPanel } from '../comments/CommentsPanel'
import type { CommentThread } from '../../shared/comments/threads'
import type { CommentsSetup } from '../comments/commentsSetup'
import { useThreads } from '../comments/commentStore'
import { commentsTabLabel, countOpen } from '../comments/threadFilters'
import { ImrsTab } from '../excerpts/ImrsTab'
import { RecommendationsPanel } from '../recommendations/RecommendationsPanel'
import { useReviewAgencies } from '../recommendations/useReviewAgencies'
import { findingsIn } from '../redaction/detectionPlugin'
import { FindingList } from '../redaction/FindingList'
import { PublicRolesForm } from '../redaction/PublicRolesForm'
import type { PanelTab, RedactionSetup } from '../redaction/redactionSetup'
import { RegisterPanel } from '../redaction/RegisterPanel'
import { SectionAudienceList } from '../summary/SectionAudienceList'
import { SummaryPreview } from '../summary/SummaryPreview'

/**
 * The report's side panel: what is not redacted yet, the register of people and places with the
 * roles the summary names, and the live preview of the executive summary, which takes half the
 * width so the report and its public version sit side by side. People who may edit the report also
 * have the IMRs, to quote as excerpts. Everyone who reads the report has its recommendations and
 * its comments.
 */
const CLOSED = new ValueStore(false)
const NONE: CommentThread[] = []
const NO_THREADS = { subscribe: () => () => {}, get: () => NONE }

type OwnTab = 'imrs' | 'recommendations'

/** `reviewId`: the review whose report this is, for the Recommendations tab (null: no such tab). */
export function ReportPanel({ editor, setup, comments, reviewId = null }: { editor: Editor; setup: RedactionSetup; comments: CommentsSetup | null; reviewId?: string | null }) {
  const tab = useStoreValue(setup.panelTab)
  const commentsOpen = useStoreValue(comments?.panelOpen ?? CLOSED)
  const openThreads = countOpen(useThreads(comments?.threads ?? NO_THREADS))
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable })
  const unredacted = useEditorState({ editor, selector: ({ editor: current }) => findingsIn(current.state).length })
  // The IMRs and Recommendations tabs are this panel's own: the toolbar opens the others through the shared panelTab.
  const [ownTab, setOwnTab] = useState<OwnTab | null>(null)
  const agencies = useReviewAgencies(reviewId)
  useEffect(() => {
    setOwnTab(null)
    comments?.panelOpen.set(false)
  }, [tab, comments])
  useEffect(() => {
    if (commentsOpen) setOwnTab(null)
  }, [commentsOpen])
  const selected = commentsOpen && comments ? 'comments' : ownTab === 'imrs' && editable ? 'imrs' : ownTab === 'recommendations' && reviewId ? 'recommendations' : tab
  return (
    <div className={`app-report-panel${selected === 'summary' || selected === 'imrs' ? ' app-report-panel--wide' : ''}`}>
      <Tabs<PanelTab | OwnTab | 'comments'>
        label="Redaction, summary, IMRs, recommendations and comments"
        idPrefix="report-panel"
        selected={selected}
        onSelect={(next) => {
          setOwnTab(next === 'imrs' || next === 'recommendations' ? next : null)
          comments?.panelOpen.set(next === 'comments')
          if (next !== 'imrs' && next !== 'recommendations' && next !== 'comments') setup.panelTab.set(next)
        }}
        tabs={[
          { id: 'findings', label: unredacted > 0 ? `To redact (${unredacted})` : 'To redact', panel: () => <FindingList editor={editor} store={setup.store} /> },
          {
            id: 'register',
            label: 'Register',
            panel: () => (
              <>
                <RegisterPanel store={setup.store} editable={editable} />
                <details className="govuk-details govuk-!-margin-top-6">
                  <summary className="govuk-details__summary">
                    <span className="govuk-details__summary-text">Roles named in the summary</span>
                  </summary>
                  <div className="govuk-details__text">
                    <PublicRolesForm store={setup.store} editable={editable} />
                  </div>
                </details>
              </>
            ),
          },
          {
            id: 'summary',
            label: 'Summary',
            panel: () => (
              <>
                <SectionAudienceList editor={editor} />
                <SummaryPreview editor={editor} store={setup.store} agencies={agencies ?? undefined} />
              </>
            ),
          },
          ...(editable ? [{ id: 'imrs' as const, label: 'IMRs', panel: () => <ImrsTab editor={editor} /> }] : []),
          ...(reviewId ? [{ id: 'recommendations' as const, label: 'Recommendations', panel: () => <RecommendationsPanel editor={editor} agencies={agencies} /> }] : []),
          ...(comments ? [{ id: 'comments' as const, label: commentsTabLabel(openThreads), panel: () => <CommentsPanel editor={editor} setup={comments} /> }] : []),
        ]}
      />
    </div>
  )
}
