/**
 * @module
 * The demo review's action plan: four actions against the three recommendations of the demo report
 * (`rcm_demo01` to `rcm_demo03`): one on track, one complete with its evidence of impact, one at
 * risk whose target date has passed (so that the review list shows an overdue action), and one not
 * started. Their ids are fixed (`act_demo01` to `act_demo04`), as the demo's IMR entries' are.
 */
import type { NewAction, StoredAction } from '../../shared/actionPlan/action.js'
import { boardDay } from '../../shared/actionPlan/boardDay.js'
import type { ActionPlanStore } from '../storage/actionPlanStore.js'

const DAY_MS = 86_400_000

function demoActions(now: Date): NewAction[] {
  const day = (offset: number) => boardDay(new Date(now.getTime() + offset * DAY_MS))
  return [
    {
      recommendationId: 'rcm_demo01',
      change: 'One agreed route for any agency to share a concern about a baby, set out in the partnership’s procedures and taught in its training.',
      leadAgencyId: 'social-care',
      responsibleRole: 'Head of Service, Children’s Social Care',
      targetDate: day(120),
      status: 'on-track',
      evidenceOfImpact: '',
      nextMonitoringDate: day(45),
    },
    {
      recommendationId: 'rcm_demo02',
      change: 'A joint strategy discussion within one working day whenever a baby under one has an injury nobody can explain.',
      leadAgencyId: 'police',
      responsibleRole: 'Detective Inspector, Public Protection Unit',
      targetDate: day(60),
      status: 'complete',
      evidenceOfImpact: 'Audit of three months of referrals: all 12 babies with an unexplained injury had a joint strategy discussion within one working day.',
      nextMonitoringDate: null,
    },
    {
      recommendationId: 'rcm_demo03',
      change: 'Every health visiting contact with a baby includes seeing the baby alone, awake, and recording what daily life is like for them.',
      leadAgencyId: 'health',
      responsibleRole: 'Named Nurse for Safeguarding Children',
      targetDate: day(-14),
      status: 'at-risk',
      evidenceOfImpact: '',
      nextMonitoringDate: day(10),
    },
    {
      recommendationId: 'rcm_demo03',
      change: 'Missed health contacts with a baby are escalated to the Named Nurse after the second.',
      leadAgencyId: 'health',
      responsibleRole: 'Head of Health Visiting',
      targetDate: day(180),
      status: 'not-started',
      evidenceOfImpact: '',
      nextMonitoringDate: day(90),
    },
  ]
}

/** Stores the demo actions, without access checks or audit; on a first start only. */
export async function seedDemoActions(store: ActionPlanStore, reviewId: string, now: Date): Promise<void> {
  const updatedAt = now.toISOString()
  await store.update(reviewId, (actions) => {
    actions.push(...demoActions(now).map((fields, index): StoredAction => ({ id: `act_demo0${index + 1}`, ...fields, revision: 1, updatedAt })))
  })
}
