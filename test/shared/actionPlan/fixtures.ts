import type { Action } from '../../../shared/actionPlan/action.js'

export function action(overrides: Partial<Action> = {}): Action {
  return {
    id: 'act_aaaaaa',
    recommendationId: 'rcm_aaaaaa',
    change: 'Every child seen alone at each home visit, and what they say recorded in their words.',
    leadAgencyId: 'social-care',
    responsibleRole: "Head of Service, Children's Social Care",
    targetDate: '2026-03-31',
    status: 'on-track',
    evidenceOfImpact: '',
    nextMonitoringDate: '2026-02-10',
    ...overrides,
  }
}
