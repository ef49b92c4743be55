import { describe, expect, it } from 'vitest'
import { ActionSchema, NewActionSchema, UpdateActionSchema } from '../../../shared/actionPlan/action.js'
import { action } from './fixtures.js'

const { id: _id, ...newAction } = action()

describe('action schemas', () => {
  it('accept a stored action', () => {
    expect(ActionSchema.parse(action())).toEqual(action())
  })

  it('start a new action as not started, with no evidence or monitoring date unless given', () => {
    const { status: _status, evidenceOfImpact: _evidence, nextMonitoringDate: _next, ...minimal } = newAction

    expect(NewActionSchema.parse(minimal)).toMatchObject({ status: 'not-started', evidenceOfImpact: '', nextMonitoringDate: null })
  })

  it('refuse an unknown status, an unreal date, a role with a line break, an empty change and fields it does not know', () => {
    const issues = (body: unknown) => NewActionSchema.safeParse(body).error?.issues.map(({ path }) => path.join('.'))

    expect(issues({ ...newAction, status: 'red' })).toEqual(['status'])
    expect(issues({ ...newAction, targetDate: '2026-02-30' })).toEqual(['targetDate'])
    expect(issues({ ...newAction, responsibleRole: 'Head\nof Service' })).toEqual(['responsibleRole'])
    expect(issues({ ...newAction, change: '   ' })).toEqual(['change'])
    expect(issues({ ...newAction, recommendationId: 'Recommendation 3' })).toEqual(['recommendationId'])
    expect(NewActionSchema.safeParse({ ...newAction, id: 'act_chosenbyme' }).success).toBe(false)
  })

  it('take any of the fields in an update, and nothing else', () => {
    expect(UpdateActionSchema.parse({ status: 'complete', evidenceOfImpact: 'Audit in May: 9 of 10 children seen alone.' })).toEqual({ status: 'complete', evidenceOfImpact: 'Audit in May: 9 of 10 children seen alone.' })
    expect(UpdateActionSchema.safeParse({ id: 'act_bbbbbb' }).success).toBe(false)
  })
})
