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
  let saving: string
  if (allSaved) saving = 'All changes saved'
  else if (state === 'connected') saving = 'Saving…'
  else saving = 'Changes not yet saved on the server. Keep this page open; they will be sent when the connection returns.'
  return (
    <div className="app-status" data-testid="status">
      <strong className={`govuk-tag ${connection.tag}`} data-connection={state}>
        {connection.text}
      </strong>
      {!readOnly && (
        <span className="app-status__saving govuk-body-s" role="status" data-saved={allSaved ? 'true' : 'false'}>
          {saving}
        </span>
      )}
      {problem && state !== 'connected' && <span className="app-status__problem govuk-body-s">{problem}</span>}
    </div>
  )
}
