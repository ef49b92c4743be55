import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../client/api/http.js'
import { boardResponseErrorsFrom, boardResponseSummary, checkBoardResponse } from '../../../client/boardResponse/boardResponseForm.js'

const values = { acceptance: null, acceptanceReasons: '', actionsTaken: '', impact: '', furtherActions: '' }

describe('the board’s response form', () => {
  it('asks for the acceptance, and for reasons unless every finding is accepted', () => {
    expect(checkBoardResponse(values, 0)).toEqual({ valid: null, errors: { acceptance: 'Choose whether the board accepts the findings' } })
    const { errors } = checkBoardResponse({ ...values, acceptance: 'accepts-most', acceptanceReasons: '  ' }, 0)
    expect(boardResponseSummary(errors, 'accepts-most')).toEqual([{ href: 'acceptanceReasons-accepts-most', text: 'Give the board’s reasons for not accepting every finding' }])
  })

  it('puts the server’s refusal beside its field', () => {
    const invalid = new ApiError(400, 'validation_failed', 'The request body is not valid', [{ path: 'impact', message: 'Use 8000 characters or fewer.' }])
    expect(boardResponseErrorsFrom(invalid)).toEqual({ impact: 'Use 8000 characters or fewer.' })
  })

  it('reports a save someone else made first as a conflict, and any other refusal as a problem, never as a field’s error', () => {
    expect(boardResponseErrorsFrom(new ApiError(409, 'edit_conflict', 'Someone else saved the board’s response while you were editing it.'))).toEqual({ conflict: true })
    const failed = new ApiError(500, 'internal', 'Something went wrong. Try again.')
    expect(boardResponseErrorsFrom(failed)).toEqual({ problem: failed })
  })
})
