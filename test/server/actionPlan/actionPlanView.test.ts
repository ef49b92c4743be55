import { describe, expect, it } from 'vitest'
import { actionPlanView } from '../../../server/actionPlan/actionPlanView.js'
import type { StoredAction } from '../../../shared/actionPlan/action.js'

const stored = (id: string, overrides: Partial<StoredAction>): StoredAction => ({
  id,
  recommendationId: 'rcm_aaaaaa',
  change: 'A change.',
  leadAgencyId: 'health',
  responsibleRole: 'Named Nurse',
  targetDate: '2026-06-30',
  status: 'on-track',
  evidenceOfImpact: '',
  nextMonitoringDate: null,
  revision: 1,
  updatedAt: '2026-01-01T09:00:00.000Z',
  ...overrides,
})

const review = { id: 'child-k', title: 'Child K', agencies: [{ id: 'health', name: 'Health' }, { id: 'police', name: 'Police' }] }
const recommendations = [
  { recommendationId: 'rcm_aaaaaa', number: 1, text: 'First.' },
  { recommendationId: 'rcm_bbbbbb', number: 2, text: 'Second.' },
]
const actions = [
  stored('act_gone01', { recommendationId: 'rcm_gonegone', targetDate: '2026-01-01' }),
  stored('act_second', { recommendationId: 'rcm_bbbbbb', leadAgencyId: 'police', targetDate: '2026-02-01' }),
  stored('act_late01', { targetDate: '2026-03-31', status: 'at-risk' }),
  stored('act_first1', { targetDate: '2026-03-01', status: 'complete' }),
]

describe('the action plan on a given day', () => {
  it('orders actions by recommendation number then target date, the ones without a recommendation last, each with the status the board sees', () => {
    const view = actionPlanView(review, actions, recommendations, '2026-04-01')

    expect(view.actions.map(({ id, effectiveStatus }) => [id, effectiveStatus])).toEqual([
      ['act_first1', 'complete'],
      ['act_late01', 'overdue'],
      ['act_second', 'overdue'],
      ['act_gone01', 'overdue'],
    ])
    expect(view.overdue).toEqual({ overdueCount: 3, earliestTargetDate: '2026-01-01' })
  })

  it('filters by lead agency and status, but counts the overdue actions of the whole plan', () => {
    const view = actionPlanView(review, actions, recommendations, '2026-02-15', { leadAgencyIds: ['health'], statuses: ['overdue'] })

    expect(view.actions.map(({ id }) => id)).toEqual(['act_gone01'])
    expect(view.overdue).toEqual({ overdueCount: 2, earliestTargetDate: '2026-01-01' })
  })
})
