import { describe, expect, it } from 'vitest'
import { matchRoute } from '../../../client/app/router'

describe('matchRoute', () => {
  it('finds each page of a review from its address', () => {
    expect(matchRoute('/reviews/child-k')).toEqual({ page: 'review', reviewId: 'child-k' })
    expect(matchRoute('/reviews/child-k/edit/')).toEqual({ page: 'review-edit', reviewId: 'child-k' })
    for (const page of ['report', 'members', 'audit', 'summary', 'media-statement', 'board-response', 'publication', 'chronology']) {
      expect(matchRoute(`/reviews/child-k/${page}`)).toEqual({ page, reviewId: 'child-k' })
    }
    expect(matchRoute('/reviews/child-k/action-plan/actions/act_demo01/delete')).toEqual({ page: 'action-plan', reviewId: 'child-k', view: { part: 'delete-action', actionId: 'act_demo01' } })
    expect(matchRoute('/reviews/child-k/imr/health/reopen')).toEqual({ page: 'imr', reviewId: 'child-k', agencyId: 'health', view: { part: 'reopen' } })
  })

  it('answers not found for an address no page has', () => {
    expect(matchRoute('/reviews/child-k/nothing')).toEqual({ page: 'not-found' })
    expect(matchRoute('/reviews/child-k/action-plan/actions/new/delete')).toEqual({ page: 'not-found' })
  })
})
