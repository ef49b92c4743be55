import { describe, expect, it } from 'vitest'
import { checkMember, EMPTY_MEMBER, memberSummary } from '../../../client/members/addMemberForm'

describe('the Add a person form', () => {
  it('asks for the agency of an IMR author, linked to the agency list', () => {
    const errors = checkMember({ ...EMPTY_MEMBER, email: 'jo@example.org', role: 'agency' })
    expect(memberSummary(errors)).toEqual([{ href: 'member-agency', text: 'Select the agency whose IMR they write' }])
  })

  it('says why nobody can be an IMR author in a review without agencies, beside the role', () => {
    const errors = checkMember({ ...EMPTY_MEMBER, email: 'jo@example.org', role: 'agency' }, false)
    expect(memberSummary(errors)).toEqual([{ href: 'member-role', text: 'This review has no agencies, so nobody can write an IMR in it. Select another role' }])
  })
})
