import { describe, expect, it } from 'vitest'
import { exactTime, relativeTime } from '../../../client/comments/relativeTime'

const now = Date.parse('2025-05-14T12:00:00.000Z')

describe('when a comment was written', () => {
  it('says how long ago, in words', () => {
    expect(relativeTime('2025-05-14T11:59:30.000Z', now)).toBe('just now')
    expect(relativeTime('2025-05-14T11:59:00.000Z', now)).toBe('1 minute ago')
    expect(relativeTime('2025-05-14T11:15:00.000Z', now)).toBe('45 minutes ago')
    expect(relativeTime('2025-05-14T09:00:00.000Z', now)).toBe('3 hours ago')
    expect(relativeTime('2025-05-12T12:00:00.000Z', now)).toBe('2 days ago')
    expect(relativeTime('2025-04-01T12:00:00.000Z', now)).toBe('1 April 2025')
    expect(relativeTime('not a date', now)).toBe('')
  })

  it('gives the exact date and time as GOV.UK writes them', () => {
    const local = new Date(2025, 4, 14, 15, 4).toISOString()
    expect(exactTime(local)).toBe('14 May 2025 at 3:04pm')
    expect(exactTime(new Date(2025, 4, 14, 0, 30).toISOString())).toBe('14 May 2025 at 12:30am')
  })
})
