import type { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { useEditorState } from '@tiptap/react'
import { renderToReactElement } from '@tiptap/static-renderer/pm/react'
import { useMemo } from 'react'
import { findUnfilledGaps, unfilledGapsWarning } from '../../shared/mediaStatement/unfilledGaps'
import { pseudonymLookup, toPublicNode } from '../../shared/redaction/publicText'
import { reportExtensions } from '../../shared/schema'
import { childPseudonym } from '../../shared/summary/executiveSummary'
import { findingsIn } from '../redaction/detectionPlugin'
import { useRegister, type RegisterStore } from '../redaction/registerStore'
import { withoutSectionIds } from '../summary/previewContent'
import { SummaryWarnings } from '../summary/SummaryWarnings'
import { useDebouncedValue } from '../summary/useDebouncedValue'

const PREVIEW_DELAY = 300

/**
 * The media statement as it will be published, from the text as it is now: pseudonyms in place of
 * redactions, with the gaps still to fill and what is not redacted yet. The server's leak check of
 * the files is the one that counts (the downloads); this follows the typing.
 */
export function StatementPreview({ editor, store }: { editor: Editor; store: RegisterStore }) {
  const liveDoc = useEditorState({ editor, selector: ({ editor: current }) => current.state.doc, equalityFn: (a: ProseMirrorNode, b: ProseMirrorNode | null) => a === b })
  const doc = useDebouncedValue(liveDoc, PREVIEW_DELAY)
  const unredacted = useEditorState({ editor, selector: ({ editor: current }) => findingsIn(current.state).length })
  const { entities } = useRegister(store)
  const content = useMemo(() => renderToReactElement({ extensions: reportExtensions, content: withoutSectionIds(toPublicNode(doc, pseudonymLookup(entities))) }), [doc, entities])
  // The live document re-renders this on every keystroke; the gaps follow the debounced one.
  const gaps = useMemo(() => unfilledGapsWarning(findUnfilledGaps(doc)), [doc])
  const warnings = [
    ...(unredacted > 0 ? [`${unredacted} ${unredacted === 1 ? 'name or identifier is' : 'names or identifiers are'} not redacted: the statement cannot be published until they are.`] : []),
    ...(gaps ? [gaps] : []),
  ]
  return (
    <section aria-labelledby="statement-preview-heading" className="app-summary-preview">
      <h2 className="govuk-heading-s" id="statement-preview-heading">
        Public preview
      </h2>
      <SummaryWarnings warnings={warnings} title="The media statement is not ready" />
      <div className="app-summary-preview__page app-public-text" data-testid="statement-preview">
        <p className="app-summary-preview__title">Media statement: {childPseudonym(entities)}</p>
        {content}
      </div>
    </section>
  )
}
