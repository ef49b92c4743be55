import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../client/api/http.js'
import { checkPublication, publicationErrorsFrom } from '../../../client/publication/publicationForm.js'

const date = (day: string, month: string, year: string) => ({ day, month, year })
const EMPTY = date('', '', '')

describe('the publication form', () => {
  it('names the date it came down as the page does once no longer published', () => {
    const { valid, errors } = checkPublication({ status: 'withdrawn', reason: '', publishedOn: date('5', '3', '2026'), comesDownOn: date('', '4', '2027') })
    expect(valid).toBeNull()
    expect(errors.comesDownOn?.message).toBe('The date it came down must include a day')
    expect(checkPublication({ status: 'published', reason: '', publishedOn: date('5', '3', '2026'), comesDownOn: date('', '4', '2027') }).errors.comesDownOn?.message).toBe(
      'The date it may come down must include a day',
    )
  })

  it('sends a record that passes, with its dates as ISO dates', () => {
    expect(checkPublication({ status: 'published', reason: 'dropped', publishedOn: date('5', '3', '2026'), comesDownOn: EMPTY })).toEqual({
      valid: { status: 'published', reason: 'dropped', publishedOn: '2026-03-05', comesDownOn: null },
      errors: {},
    })
  })

  it('puts the server’s refusal beside its field, and any other refusal on the page, never on the status', () => {
    const invalid = new ApiError(400, 'validation_failed', 'The request body is not valid', [{ path: 'reason', message: 'Use 2000 characters or fewer.' }])
    expect(publicationErrorsFrom(invalid)).toMatchObject({ reason: 'Use 2000 characters or fewer.' })
    const forbidden = new ApiError(403, 'forbidden', 'You may no longer record the publication of this review.')
    expect(publicationErrorsFrom(forbidden)).toEqual({ problem: forbidden })
  })
})
