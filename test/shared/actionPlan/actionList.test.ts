import { describe, expect, it } from 'vitest'
import { actionCsvRows, ACTION_CSV_HEADER } from '../../../shared/actionPlan/csvRows.js'
import { filterActions } from '../../../shared/actionPlan/filters.js'
import { findOverdueActions, isMonitoringDue, overdueText, summariseOverdueActions } from '../../../shared/actionPlan/overdue.js'
import { action } from './fixtures.js'

const actions = [
  action({ id: 'act_late01', targetDate: '2026-03-31', status: 'on-track', leadAgencyId: 'social-care', recommendationId: 'rcm_bbbbbb' }),
  action({ id: 'act_late02', targetDate: '2026-01-15', status: 'at-risk', leadAgencyId: 'police', recommendationId: 'rcm_aaaaaa' }),
  action({ id: 'act_done01', targetDate: '2025-12-01', status: 'complete', leadAgencyId: 'police', recommendationId: 'rcm_aaaaaa' }),
  action({ id: 'act_soon01', targetDate: '2026-06-30', status: 'not-started', leadAgencyId: 'health', recommendationId: 'rcm_gonegone' }),
]

const ids = (list: ReadonlyArray<{ id: string }>) => list.map(({ id }) => id)

describe('the overdue actions of a review', () => {
  it('are those past their target date and not complete, the longest overdue first', () => {
    expect(ids(findOverdueActions(actions, '2026-04-01'))).toEqual(['act_late02', 'act_late01'])
    expect(ids(findOverdueActions(actions, '2026-03-31'))).toEqual(['act_late02'])
  })

  it('are summed up for the review list', () => {
    const summary = summariseOverdueActions(actions, '2026-04-01')

    expect(summary).toEqual({ overdueCount: 2, earliestTargetDate: '2026-01-15' })
    expect(overdueText(summary)).toBe('2 actions overdue')
    expect(overdueText(summariseOverdueActions(actions, '2026-01-16'))).toBe('1 action overdue')
    expect(overdueText(summariseOverdueActions(actions, '2026-01-15'))).toBeNull()
  })
})

describe('filtering the action plan', () => {
  it('by lead agency and by the status on the day', () => {
    expect(ids(filterActions(actions, { leadAgencyIds: ['police'] }, '2026-04-01'))).toEqual(['act_late02', 'act_done01'])
    expect(ids(filterActions(actions, { statuses: ['overdue'] }, '2026-04-01'))).toEqual(['act_late01', 'act_late02'])
    expect(ids(filterActions(actions, { statuses: ['on-track'] }, '2026-04-01'))).toEqual([])
    expect(ids(filterActions(actions, { statuses: ['on-track'] }, '2026-03-31'))).toEqual(['act_late01'])
    expect(ids(filterActions(actions, { leadAgencyIds: ['police'], statuses: ['overdue', 'complete'] }, '2026-01-10'))).toEqual(['act_done01'])
    expect(ids(filterActions(actions, {}, '2026-04-01'))).toEqual(ids(actions))
  })
})

describe('the action plan as CSV rows', () => {
  it('has a header, then one row per action in recommendation order with names, labels and readable dates', () => {
    const rows = actionCsvRows(actions, {
      recommendationNumbers: new Map([
        ['rcm_aaaaaa', 1],
        ['rcm_bbbbbb', 2],
      ]),
      agencies: [
        { id: 'police', name: 'Police' },
        { id: 'social-care', name: "Children's Social Care" },
      ],
      today: '2026-04-01',
    })

    expect(rows[0]).toEqual([...ACTION_CSV_HEADER])
    expect(rows.slice(1).map((row) => [row[0], row[2], row[4], row[5], row[6], row[7]])).toEqual([
      ['1', 'Police', '1 December 2025', 'Complete', 'Green', 'Complete'],
      ['1', 'Police', '15 January 2026', 'Overdue', 'Red', 'At risk'],
      ['2', "Children's Social Care", '31 March 2026', 'Overdue', 'Red', 'On track'],
      ['No longer in the report', 'health', '30 June 2026', 'Not started', 'Amber', 'Not started'],
    ])
    expect(rows[1][9]).toBe('10 February 2026')
  })
})

describe('monitoring', () => {
  it('is due on and after the next monitoring date, never for a complete action or one with no date', () => {
    expect(isMonitoringDue(action({ nextMonitoringDate: '2026-02-10' }), '2026-02-09')).toBe(false)
    expect(isMonitoringDue(action({ nextMonitoringDate: '2026-02-10' }), '2026-02-10')).toBe(true)
    expect(isMonitoringDue(action({ nextMonitoringDate: '2026-02-10', status: 'complete' }), '2026-03-01')).toBe(false)
    expect(isMonitoringDue(action({ nextMonitoringDate: null }), '2026-03-01')).toBe(false)
  })
})
