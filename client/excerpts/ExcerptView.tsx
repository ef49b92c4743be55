import { NodeViewContent, NodeViewWrapper, useEditorState, type ReactNodeViewProps } from '@tiptap/react'
import { useSyncExternalStore } from 'react'
import { carryRedactions, redactedTextsIn } from '../../shared/excerpts/carryRedactions'
import { compareExcerpt, NO_SOURCES, updatedExcerpt, type ExcerptChange, type ExcerptSources } from '../../shared/excerpts/excerptComparison'
import { excerptCaption, readExcerptAttributes } from '../../shared/schema/imrExcerpt'
import type { ExcerptViewOptions } from './excerptExtension'
import { WarningText } from '../forms/WarningText'

const noSubscription = () => () => {}
const noSources = () => NO_SOURCES

/** Each change as "Was" and "Now", both in plain type: long struck-through text is hard to read. */
function ChangeList({ changes }: { changes: ExcerptChange[] }) {
  return (
    <ul className="govuk-list govuk-body-s app-excerpt__changes">
      {changes.map((change, index) => (
        <li key={index}>
          <span className="govuk-!-font-weight-bold">{change.label}</span>
          <dl className="app-excerpt__change">
            <dt>Was:</dt>
            <dd>{change.before || '(empty)'}</dd>
            <dt>Now:</dt>
            <dd>{change.after || '(empty)'}</dd>
          </dl>
        </li>
      ))}
    </ul>
  )
}

function Warning({ children }: { children: string }) {
  return <WarningText className="app-excerpt__warning">{children}</WarningText>
}

/**
 * An excerpt in the report: its agency and date above the quoted text, which is edited like any other.
 * When its source changed since it was inserted, it says what changed and offers to update it.
 */
export function ExcerptView({ node, editor, extension, getPos }: ReactNodeViewProps) {
  const store = (extension.options as ExcerptViewOptions).sources
  const sources: ExcerptSources = useSyncExternalStore(store?.subscribe ?? noSubscription, store?.get ?? noSources)
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable })
  const attrs = readExcerptAttributes(node.attrs)
  const comparison = compareExcerpt(node.attrs, sources)

  const update = () => {
    const position = getPos()
    const next = updatedExcerpt(node.attrs, sources)
    if (position === undefined || !next) return
    editor.commands.updateImrExcerpt(position, { ...next, content: carryRedactions(next.content, redactedTextsIn(node)) })
  }

  return (
    <NodeViewWrapper as="figure" className={`app-excerpt app-excerpt--${comparison.state}`}>
      <figcaption className="app-excerpt__caption" contentEditable={false}>
        {excerptCaption(attrs)}
      </figcaption>
      {comparison.state === 'changed' && (
        <div className="app-excerpt__notice" contentEditable={false}>
          <Warning>The source has changed since this excerpt was inserted</Warning>
          <ChangeList changes={comparison.changes} />
          {editable && (
            <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={update}>
              Update excerpt<span className="govuk-visually-hidden"> from {excerptCaption(attrs)}</span>
            </button>
          )}
        </div>
      )}
      {comparison.state === 'deleted' && (
        <div className="app-excerpt__notice" contentEditable={false}>
          <Warning>{attrs.sourceKind === 'analysis' ? 'The source paragraph was deleted' : 'The source entry was deleted'}</Warning>
        </div>
      )}
      <NodeViewContent<'blockquote'> as="blockquote" className="app-excerpt__text" />
    </NodeViewWrapper>
  )
}
