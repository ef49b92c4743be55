/**
 * @module
 * The action plan as rows of text for a spreadsheet export: a header row, then one row per action in
 * recommendation order, with names and labels in place of ids. Quoting and guarding cells that a
 * spreadsheet would read as a formula belong to the CSV writer, not here.
 */
import { formatDay } from '../chronology/calendar.js'
import { ACTION_STATUS_LABELS, ACTION_STATUS_RAG, effectiveActionStatus } from './actionStatus.js'
import type { Action } from './action.js'
import { inPlanOrder } from './planOrder.js'

export const ACTION_CSV_HEADER = [
  'Recommendation',
  'Action',
  'Lead agency',
  'Responsible role',
  'Target date',
  'Status',
  'RAG',
  'Recorded status',
  'Evidence of impact',
  'Next monitored',
] as const

export interface ActionCsvContext {
  /** Recommendation id → its number in the report (see `recommendationNumbers`). */
  recommendationNumbers: ReadonlyMap<string, number>
  agencies: ReadonlyArray<{ id: string; name: string }>
  /** `YYYY-MM-DD`: the day the statuses are worked out for. */
  today: string
}

export function actionCsvRows(actions: readonly Action[], { recommendationNumbers, agencies, today }: ActionCsvContext): string[][] {
  const rows = inPlanOrder(actions, recommendationNumbers).map((action) => {
    const number = recommendationNumbers.get(action.recommendationId)
    const status = effectiveActionStatus(action, today)
    return [
      number === undefined ? 'No longer in the report' : String(number),
      action.change,
      agencies.find((agency) => agency.id === action.leadAgencyId)?.name ?? action.leadAgencyId,
      action.responsibleRole,
      formatDay(action.targetDate),
      ACTION_STATUS_LABELS[status],
      ACTION_STATUS_RAG[status].replace(/^./, (letter) => letter.toUpperCase()),
      ACTION_STATUS_LABELS[action.status],
      action.evidenceOfImpact,
      action.nextMonitoringDate ? formatDay(action.nextMonitoringDate) : '',
    ]
  })
  return [[...ACTION_CSV_HEADER], ...rows]
}
