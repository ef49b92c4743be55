import { ACTION_STATUS_LABELS, isPastTargetDate } from '../../shared/actionPlan/actionStatus'
import type { ActionPlanView, PlannedAction } from '../../shared/api/actionPlan'
import { formatDay } from '../../shared/chronology/calendar'
import { DataTable } from '../app/DataTable'
import { actionPlanPath, followLink } from '../app/router'
import { ActionStatusTag } from './ActionStatusTag'

function TargetDate({ action, today }: { action: PlannedAction; today: string }) {
  const late = isPastTargetDate(action, today)
  return (
    <>
      {formatDay(action.targetDate)}
      {late && <strong className="app-block app-action-late">Past its target date</strong>}
    </>
  )
}

/** The actions of one recommendation: what changes, who leads, by when, how it is going and when the board looks again. */
export function ActionTable({ plan, actions, caption, canEdit }: { plan: ActionPlanView; actions: readonly PlannedAction[]; caption: string; canEdit: boolean }) {
  const agencyName = (id: string) => plan.agencies.find((agency) => agency.id === id)?.name ?? id
  const columns = [
    { label: 'Action', className: 'app-action-plan__change' },
    { label: 'Lead agency' },
    { label: 'Responsible role' },
    { label: 'Target date' },
    { label: 'Status' },
    { label: 'Evidence of impact' },
    { label: 'Next monitored' },
    ...(canEdit ? [{ label: 'Changes', visuallyHidden: true }] : []),
  ]
  return (
    <DataTable label={caption} caption={caption} captionHidden className="app-action-plan__table" columns={columns}>
      {actions.map((action) => (
        <tr className="govuk-table__row" key={action.id} data-action-id={action.id}>
          <td className="govuk-table__cell app-imr-text">{action.change}</td>
          <td className="govuk-table__cell">{agencyName(action.leadAgencyId)}</td>
          <td className="govuk-table__cell">{action.responsibleRole}</td>
          <td className="govuk-table__cell">
            <TargetDate action={action} today={plan.today} />
          </td>
          <td className="govuk-table__cell">
            <ActionStatusTag status={action.effectiveStatus} />
            {action.effectiveStatus !== action.status && <span className="app-block app-muted govuk-!-font-size-16">Recorded as {ACTION_STATUS_LABELS[action.status].toLowerCase()}</span>}
          </td>
          <td className="govuk-table__cell app-imr-text">{action.evidenceOfImpact || <span className="app-muted">None recorded</span>}</td>
          <td className="govuk-table__cell">{action.nextMonitoringDate ? formatDay(action.nextMonitoringDate) : <span className="app-muted">Not set</span>}</td>
          {canEdit && (
            <td className="govuk-table__cell">
              <a className="govuk-link app-block" href={actionPlanPath(plan.reviewId, `actions/${action.id}`)} onClick={followLink}>
                Change<span className="govuk-visually-hidden"> the action “{action.change.slice(0, 60)}”</span>
              </a>
              <a className="govuk-link app-block" href={actionPlanPath(plan.reviewId, `actions/${action.id}/delete`)} onClick={followLink}>
                Delete<span className="govuk-visually-hidden"> the action “{action.change.slice(0, 60)}”</span>
              </a>
            </td>
          )}
        </tr>
      ))}
    </DataTable>
  )
}
