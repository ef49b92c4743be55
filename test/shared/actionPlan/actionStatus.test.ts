import { describe, expect, it } from 'vitest'
import { ACTION_STATUSES, ACTION_STATUS_LABELS, ACTION_STATUS_RAG, effectiveActionStatus, isOverdueOn } from '../../../shared/actionPlan/actionStatus.js'
import { action } from './fixtures.js'

describe('action statuses', () => {
  it('have a label and a red, amber or green colour each', () => {
    expect(ACTION_STATUSES.map((status) => [ACTION_STATUS_LABELS[status], ACTION_STATUS_RAG[status]])).toEqual([
      ['Not started', 'amber'],
      ['On track', 'green'],
      ['At risk', 'amber'],
      ['Overdue', 'red'],
      ['Complete', 'green'],
    ])
  })

  it('are not overdue on the target date itself, and overdue the day after', () => {
    const onTrack = action({ targetDate: '2026-03-31', status: 'on-track' })

    expect(effectiveActionStatus(onTrack, '2026-03-30')).toBe('on-track')
    expect(effectiveActionStatus(onTrack, '2026-03-31')).toBe('on-track')
    expect(effectiveActionStatus(onTrack, '2026-04-01')).toBe('overdue')
  })

  it('make every unfinished status overdue once the target date has passed', () => {
    for (const status of ['not-started', 'on-track', 'at-risk', 'overdue'] as const) {
      expect(isOverdueOn(action({ status, targetDate: '2026-03-31' }), '2026-04-01')).toBe(true)
    }
  })

  it('never make a complete action overdue', () => {
    expect(effectiveActionStatus(action({ status: 'complete', targetDate: '2026-03-31' }), '2026-04-01')).toBe('complete')
    expect(effectiveActionStatus(action({ status: 'complete', targetDate: '2020-01-01' }), '2030-12-31')).toBe('complete')
  })

  it('keep overdue chosen by hand before the target date', () => {
    expect(effectiveActionStatus(action({ status: 'overdue', targetDate: '2026-03-31' }), '2026-02-01')).toBe('overdue')
  })

  it('compare whole days across month and year ends', () => {
    expect(isOverdueOn(action({ targetDate: '2025-12-31' }), '2026-01-01')).toBe(true)
    expect(isOverdueOn(action({ targetDate: '2026-02-28' }), '2026-02-28')).toBe(false)
    expect(isOverdueOn(action({ targetDate: '2028-02-29' }), '2028-03-01')).toBe(true)
  })
})
