import { describe, expect, it } from 'vitest'
import { mayOpenSource, packFileStatus } from '../../../client/publication/packFileStatus.js'
import { ADMIN_CAPABILITIES, ROLE_CAPABILITIES } from '../../../shared/auth/roles.js'

describe('a publication pack file’s status', () => {
  it('is refused on any finding, warnings or not; ready with warnings; or ready', () => {
    expect(packFileStatus({ findingCount: 1, warnings: [] })).toBe('refused')
    expect(packFileStatus({ findingCount: 2, warnings: [{ message: 'A gap.' }] })).toBe('refused')
    expect(packFileStatus({ findingCount: 0, warnings: [{ message: 'A gap.' }] })).toBe('warnings')
    expect(packFileStatus({ findingCount: 0, warnings: [] })).toBe('ready')
  })

  it('links to where to put it right only for those who may open that page', () => {
    expect(mayOpenSource('media-statement', ROLE_CAPABILITIES.comms)).toBe(true)
    expect(mayOpenSource('media-statement', ADMIN_CAPABILITIES)).toBe(false)
    for (const capabilities of [ROLE_CAPABILITIES.comms, ROLE_CAPABILITIES.author, ADMIN_CAPABILITIES]) {
      expect(mayOpenSource('summary', capabilities)).toBe(true)
      expect(mayOpenSource('board-response', capabilities)).toBe(true)
    }
  })
})
