import { describe, expect, it } from 'vitest'
import { serverErrors } from '../../../client/reviews/createReviewForm'
import { keyDateErrorsFrom } from '../../../client/reviews/keyDateFields'

const DECISION_BEFORE_NOTIFICATION = 'Date of the decision must be the same as or after the date of notification'

describe('the server’s refusal of a new review', () => {
  it('puts a problem with a key date beside that date, not beside the title', () => {
    const errors = serverErrors('validation_failed', 'The date of the decision must be the same as or after the date of notification.', [
      { path: 'dates.decision', message: DECISION_BEFORE_NOTIFICATION },
    ])
    expect(errors).toEqual({ fields: {}, dates: { decision: { message: DECISION_BEFORE_NOTIFICATION, parts: ['day', 'month', 'year'] } } })
  })

  it('puts a problem with a field beside it, and one about no field beside the title', () => {
    expect(serverErrors('validation_failed', 'The request body is not valid', [{ path: 'agencies.0.name', message: 'Too long' }])).toEqual({ fields: { agencies: 'Too long' }, dates: {} })
    expect(serverErrors('network', 'The server could not be reached. Check your connection and try again.', [])).toEqual({
      fields: { title: 'The server could not be reached. Check your connection and try again.' },
      dates: {},
    })
  })
})

describe('the server’s problems with key dates', () => {
  it('keeps the first problem for each date and leaves out other fields', () => {
    expect(
      keyDateErrorsFrom([
        { path: 'dates.notification', message: 'Enter a real date.' },
        { path: 'dates.notification', message: 'Second' },
        { path: 'status', message: 'Invalid option' },
      ]),
    ).toEqual({ notification: { message: 'Enter a real date.', parts: ['day', 'month', 'year'] } })
  })
})
