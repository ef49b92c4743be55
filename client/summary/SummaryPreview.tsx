import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEditorState } from '@tiptap/react'
import { renderToReactElement } from '@tiptap/static-renderer/pm/react'
import { useMemo } from 'react'
import type { AddresseeAgency } from '../../shared/recommendations/addressees'
import { reportExtensions } from '../../shared/schema'
import { composeExecutiveSummary, isInSummary } from '../../shared/summary/executiveSummary'
import { findingsIn } from '../redaction/detectionPlugin'
import { usePublicRoles, useRegister, type RegisterStore } from '../redaction/registerStore'
import { withoutSectionIds } from './previewContent'
import { SummaryWarnings } from './SummaryWarnings'
import { useDebouncedValue } from './useDebouncedValue'

const PREVIEW_DELAY = 300
const NO_AGENCIES: readonly AddresseeAgency[] = []

function unredactedWarning(count: number): string[] {
  if (count === 0) return []
  return [`${count} ${count === 1 ? 'name or identifier' : 'names or identifiers'} in the summary’s sections ${count === 1 ? 'is' : 'are'} not redacted: it cannot be published until ${count === 1 ? 'it is' : 'they are'}.`]
}

/**
 * The public executive summary as the exports will make it from the report as it is now (pseudonyms
 * in place of redactions), with what it still lacks. Follows the text a moment after typing stops.
 * `agencies`: the review's, to name those a recommendation is addressed to.
 */
export function SummaryPreview({ editor, store, agencies = NO_AGENCIES }: { editor: Editor; store: RegisterStore; agencies?: readonly AddresseeAgency[] }) {
  const liveDoc = useEditorState({ editor, selector: ({ editor: current }) => current.state.doc, equalityFn: (a: ProseMirrorNode, b: ProseMirrorNode | null) => a === b })
  const doc = useDebouncedValue(liveDoc, PREVIEW_DELAY)
  const findings = useEditorState({ editor, selector: ({ editor: current }) => findingsIn(current.state) })
  const { entities } = useRegister(store)
  const roles = usePublicRoles(store)
  const summary = useMemo(() => composeExecutiveSummary(doc, entities, roles, agencies), [doc, entities, roles, agencies])
  const content = useMemo(() => renderToReactElement({ extensions: reportExtensions, content: withoutSectionIds(summary.doc) }), [summary])
  const included = new Set(summary.sections.filter(isInSummary).map((section) => section.sectionId))
  const unredacted = findings.filter((finding) => included.has(finding.sectionId)).length
  const warnings = [...unredactedWarning(unredacted), ...summary.warnings.map((warning) => warning.message)]

  return (
    <section aria-labelledby="preview-heading" className="app-summary-preview">
      <h2 className="govuk-heading-s" id="preview-heading">
        Preview of the executive summary
      </h2>
      <SummaryWarnings warnings={warnings} />
      <div className="app-summary-preview__page app-public-text" data-testid="summary-preview">
        <p className="app-summary-preview__title">{summary.title}</p>
        {summary.sections.some(isInSummary) ? content : <p className="govuk-body app-muted">No section is in the summary yet. Choose “Executive summary only” or “Both” for a section above.</p>}
      </div>
    </section>
  )
}
