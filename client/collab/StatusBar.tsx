import { saveMessage, useSavingTooLong } from './saveMessage'
import type { ConnectionState } from './useCollaboration'

const CONNECTION_LABELS: Record<ConnectionState, { text: string; tag: string }> = {
  connecting: { text: 'Connecting', tag: 'govuk-tag--grey' },
  connected: { text: 'Connected', tag: 'govuk-tag--green' },
  reconnecting: { text: 'Reconnecting', tag: 'govuk-tag--yellow' },
  offline: { text: 'Offline', tag: 'govuk-tag--red' },
}

/** `readOnly`: nothing of this person's can be unsaved, so only the connection is shown. */
export function StatusBar(props: { state: ConnectionState; allSaved: boolean; problem: string | null; readOnly?: boolean }) {
  const { state, allSaved, problem, readOnly = false } = props
  const connection = CONNECTION_LABELS[state]
  const saving = saveMessage(state, allSaved, useSavingTooLong(allSaved))
  return (
    <div className="app-status" data-testid="status">
      <strong className={`govuk-tag ${connection.tag}`} data-connection={state}>
        {connection.text}
      </strong>
      {!readOnly && (
        <span
          className={`app-status__saving govuk-body-s${saving.warning ? ' app-status__saving--warning' : ''}`}
          role="status"
          data-saved={allSaved ? 'true' : 'false'}
        >
          {saving.text}
        </span>
      )}
      {problem && state !== 'connected' && <span className="app-status__problem govuk-body-s">{problem}</span>}
    </div>
  )
}
