/**
 * @module
 * The action plan as CSV: the columns of `shared/actionPlan/csvRows.ts`, with a byte order mark so
 * that spreadsheets read it as UTF-8, and every cell guarded against being taken for a formula (as the
 * chronology's CSV export does).
 */
import { stringify } from 'csv-stringify/sync'
import type { Action } from '../../shared/actionPlan/action.js'
import { actionCsvRows } from '../../shared/actionPlan/csvRows.js'
import type { ActionPlanView } from '../../shared/api/actionPlan.js'
import { guardFormula } from '../imr/chronologyCells.js'
import { numbersOf } from './planRecommendations.js'

const BYTE_ORDER_MARK = '\uFEFF'

export function writeActionPlanCsv(plan: ActionPlanView): string {
  const actions: Action[] = plan.actions
  const rows = actionCsvRows(actions, { recommendationNumbers: numbersOf(plan.recommendations), agencies: plan.agencies, today: plan.today })
  return `${BYTE_ORDER_MARK}${stringify(rows.map((row) => row.map(guardFormula)), { record_delimiter: 'windows' })}`
}
