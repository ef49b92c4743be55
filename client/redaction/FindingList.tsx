import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import type { Finding } from '../../shared/redaction/detection'
import { showPlace } from '../editor/showPlace'
import { findingsIn } from './detectionPlugin'
import { redactAllOf, redactFinding } from './redactionActions'
import { useRegister, type RegisterStore } from './registerStore'

const SHOWN = 40

function describe(finding: Finding, pseudonymOf: (id: string) => string | undefined): string {
  const pseudonym = finding.source.kind === 'register' ? pseudonymOf(finding.source.entityId) : undefined
  return pseudonym ? `${finding.label}, published as ${pseudonym}` : finding.label
}

/**
 * The names and identifiers in the report that are not redacted yet, in the order they appear: each
 * can be shown in the text and redacted, and a registered name redacted everywhere at once.
 */
export function FindingList({ editor, store }: { editor: Editor; store: RegisterStore }) {
  const findings = useEditorState({ editor, selector: ({ editor: current }) => findingsIn(current.state) })
  const editable = useEditorState({ editor, selector: ({ editor: current }) => current.isEditable })
  const { entities } = useRegister(store)
  const entityOf = (id: string) => entities.find((entity) => entity.id === id)

  return (
    <section aria-labelledby="findings-heading">
      <h2 className="govuk-heading-s" id="findings-heading">
        Not redacted yet
      </h2>
      <p className="govuk-body-s" role="status">
        {findings.length === 0
          ? 'No registered names or identifiers are left unredacted.'
          : `${findings.length} ${findings.length === 1 ? 'name or identifier is' : 'names or identifiers are'} not redacted. They are underlined in the text.`}
      </p>
      <ol className="govuk-list app-findings">
        {findings.slice(0, SHOWN).map((finding) => {
          const entity = finding.source.kind === 'register' ? entityOf(finding.source.entityId) : undefined
          return (
            <li key={`${finding.from}:${finding.text}`} className="app-findings__item">
              <button type="button" className="app-link-button govuk-!-font-weight-bold" onClick={() => showPlace(editor, finding.from, finding.to)}>
                {finding.text}
                <span className="govuk-visually-hidden">: show it in the text</span>
              </button>
              <span className="govuk-body-s app-muted app-block">{describe(finding, (id) => entityOf(id)?.pseudonym)}</span>
              {editable && (
                <span className="app-findings__actions">
                  <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => redactFinding(editor, store, finding)}>
                    Redact this<span className="govuk-visually-hidden">: {finding.text}</span>
                  </button>
                  {entity && (
                    <button type="button" className="govuk-button govuk-button--secondary app-button--small" onClick={() => redactAllOf(editor, store, entity.id)}>
                      Redact all occurrences<span className="govuk-visually-hidden"> of {entity.realName}</span>
                    </button>
                  )}
                </span>
              )}
            </li>
          )
        })}
      </ol>
      {findings.length > SHOWN && <p className="govuk-body-s">And {findings.length - SHOWN} more, shown here as these are redacted.</p>}
    </section>
  )
}
