import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../client/api/http'
import { accountErrorsFrom, accountSummary, checkAccount } from '../../../client/accounts/createAccountForm'

describe('the Create an account form', () => {
  it('asks for a name and a well-formed email address, as GOV.UK words it', () => {
    const { account, errors } = checkAccount({ name: '  ', email: 'not-an-email' })
    expect(account).toBeNull()
    expect(accountSummary(errors)).toEqual([
      { href: 'account-name', text: 'Enter a name' },
      { href: 'account-email', text: 'Enter an email address in the correct format, like name@example.org' },
    ])
  })

  it('sends the trimmed name and the email address as the server stores it', () => {
    expect(checkAccount({ name: ' Riya Patel ', email: ' Riya.Patel@Example.org ' })).toEqual({ account: { name: 'Riya Patel', email: 'riya.patel@example.org' }, errors: {} })
  })

  it('puts the server’s refusals beside the field they are about', () => {
    expect(accountErrorsFrom(new ApiError(409, 'account_exists', 'An account with that email address already exists.'))).toEqual({ email: 'An account with that email address already exists' })
    const invalid = new ApiError(400, 'validation_failed', 'The request body is not valid', [{ path: 'name', message: 'Enter a name' }])
    expect(accountErrorsFrom(invalid)).toEqual({ name: 'Enter a name' })
  })
})
