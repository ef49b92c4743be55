import { describe, expect, it } from 'vitest'
import { documentAccess } from '../../../shared/auth/documentAccess.js'
import { ADMIN_CAPABILITIES, ROLE_CAPABILITIES } from '../../../shared/auth/roles.js'

describe('access to the media statement', () => {
  const statement = { reviewId: 'child-k', kind: 'media-statement' } as const
  const accessOf = (capabilities: Parameters<typeof documentAccess>[1]) => documentAccess(statement, capabilities, null)

  it('is written by the author and the comms lead, read by the panel, and closed to agencies and admins', () => {
    expect({
      author: accessOf(ROLE_CAPABILITIES.author),
      comms: accessOf(ROLE_CAPABILITIES.comms),
      panel: accessOf(ROLE_CAPABILITIES.panel),
      agency: accessOf(ROLE_CAPABILITIES.agency),
      admin: accessOf(ADMIN_CAPABILITIES),
    }).toEqual({ author: 'write', comms: 'write', panel: 'read', agency: 'none', admin: 'none' })
  })

  it('leaves the comms lead without the report', () => {
    expect(documentAccess({ reviewId: 'child-k', kind: 'report' }, ROLE_CAPABILITIES.comms, null)).toBe('none')
  })
})
