import { ACTION_STATUS_LABELS, ACTION_STATUS_RAG, type ActionStatus, type RagColour } from '../../shared/actionPlan/actionStatus'

/** GOV.UK has no amber tag; orange is its nearest. */
const RAG_TAGS: Record<RagColour, string> = { red: 'govuk-tag--red', amber: 'govuk-tag--orange', green: 'govuk-tag--green' }

/** An action's status as a tag in its RAG colour, always with its word: colour alone never carries it. */
export function ActionStatusTag({ status }: { status: ActionStatus }) {
  return <strong className={`govuk-tag ${RAG_TAGS[ACTION_STATUS_RAG[status]]}`}>{ACTION_STATUS_LABELS[status]}</strong>
}
