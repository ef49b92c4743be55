import { describe, expect, it } from 'vitest'
import { actionErrorsFrom, actionSummary, checkAction, EMPTY_ACTION } from '../../../client/actionPlan/actionForm.js'
import { filterFromQuery } from '../../../client/actionPlan/actionPlanApi.js'
import { matchRoute } from '../../../client/app/router.js'

const filled = {
  ...EMPTY_ACTION,
  recommendationId: 'rcm_demo01',
  change: 'One agreed route to share a concern about a baby.',
  leadAgencyId: 'social-care',
  responsibleRole: 'Head of Service',
  targetDate: { day: '31', month: '3', year: '2027' },
}

describe('the action form', () => {
  it('sends what passes, with an empty next monitoring date as none', () => {
    expect(checkAction(filled)).toEqual({
      fields: { ...filled, targetDate: '2027-03-31', nextMonitoringDate: null, status: 'not-started', evidenceOfImpact: '' },
      errors: {},
    })
  })

  it('names each missing field, in the order of the form, linking to its first box', () => {
    const { fields, errors } = checkAction({ ...EMPTY_ACTION, nextMonitoringDate: { day: '30', month: '2', year: '2027' } })

    expect(fields).toBeNull()
    expect(actionSummary(errors)).toEqual([
      { href: 'action-recommendationId', text: 'Select the recommendation this action answers' },
      { href: 'action-change', text: 'Enter what will change' },
      { href: 'action-leadAgencyId', text: 'Select the lead agency' },
      { href: 'action-responsibleRole', text: 'Enter the role responsible, not a person’s name' },
      { href: 'action-targetDate-day', text: 'Enter target date' },
      { href: 'action-nextMonitoringDate-day', text: 'Next monitoring date must be a real date' },
    ])
  })

  it('puts the server’s problems beside their fields, under `fields.` for a change', () => {
    expect(actionErrorsFrom([{ path: 'fields.leadAgencyId', message: 'Choose the lead agency.' }, { path: 'targetDate', message: 'Enter a real date.' }])).toEqual({
      leadAgencyId: 'Choose the lead agency.',
      targetDate: { message: 'Enter a real date.', parts: ['day', 'month', 'year'] },
    })
  })
})

describe('the action plan’s addresses', () => {
  it('are routed to the plan and its action pages', () => {
    expect(matchRoute('/reviews/child-k/action-plan')).toEqual({ page: 'action-plan', reviewId: 'child-k', view: { part: 'plan' } })
    expect(matchRoute('/reviews/child-k/action-plan/actions/new')).toEqual({ page: 'action-plan', reviewId: 'child-k', view: { part: 'new-action' } })
    expect(matchRoute('/reviews/child-k/action-plan/actions/act_demo01')).toEqual({ page: 'action-plan', reviewId: 'child-k', view: { part: 'action', actionId: 'act_demo01' } })
    expect(matchRoute('/reviews/child-k/action-plan/actions/act_demo01/delete')).toEqual({ page: 'action-plan', reviewId: 'child-k', view: { part: 'delete-action', actionId: 'act_demo01' } })
    expect(matchRoute('/reviews/child-k/action-plan/actions/new/delete')).toEqual({ page: 'not-found' })
  })

  it('read the filter from the query string, keeping only the review’s agencies and known statuses', () => {
    expect(filterFromQuery('?status=overdue&agency=police&agency=fire&status=late&status=at-risk', ['social-care', 'police'])).toEqual({ agency: ['police'], status: ['at-risk', 'overdue'] })
  })
})
