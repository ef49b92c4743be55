import { describe, expect, it } from 'vitest'
import { isCoveredBy } from '../../../shared/collab/messages.js'

describe('isCoveredBy', () => {
  it('is true when the saved state has every change of every client', () => {
    expect(isCoveredBy(new Map([[1, 5], [2, 3]]), new Map([[1, 5], [2, 7], [3, 1]]))).toBe(true)
  })

  it('is false when a change of one client is not saved yet', () => {
    expect(isCoveredBy(new Map([[1, 5], [2, 3]]), new Map([[1, 5], [2, 2]]))).toBe(false)
  })

  it('is false when a client is unknown to the saved state', () => {
    expect(isCoveredBy(new Map([[9, 1]]), new Map([[1, 5]]))).toBe(false)
  })

  it('is true for a document with no changes', () => {
    expect(isCoveredBy(new Map(), new Map())).toBe(true)
  })
})
