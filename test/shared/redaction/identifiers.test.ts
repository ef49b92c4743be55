import { describe, expect, it } from 'vitest'
import { findIdentifiers, isValidNhsNumber } from '../../../shared/redaction/identifiers.js'

const kinds = (text: string) => findIdentifiers(text).map(({ kind, text: found }) => [kind, found])

describe('UK identifiers in plain text', () => {
  it('accepts NHS numbers whose mod-11 check digit is right, spaced or not, and no others', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true)
    expect(isValidNhsNumber('9434765918')).toBe(false)
    expect(kinds('NHS no. 943 476 5919 was on the letter')).toEqual([['nhsNumber', '943 476 5919']])
    expect(kinds('reference 943 476 5918 is not one')).toEqual([])
  })

  it('finds National Insurance numbers, postcodes and email addresses', () => {
    expect(kinds('NI number AB 12 34 56 C')).toEqual([['niNumber', 'AB 12 34 56 C']])
    expect(kinds('moved to LS1 4AP last spring')).toEqual([['postcode', 'LS1 4AP']])
    expect(kinds('wrote to jane.smith@example.org')).toEqual([['email', 'jane.smith@example.org']])
  })

  it('finds phone numbers in the usual UK forms', () => {
    expect(kinds('called 07700 900123 twice')).toEqual([['phone', '07700 900123']])
    expect(kinds('or +44 7700 900123')).toEqual([['phone', '+44 7700 900123']])
    expect(kinds('the office on 0113 496 0000')).toEqual([['phone', '0113 496 0000']])
  })

  it('finds exact dates only where they are dates of birth', () => {
    expect(kinds('K was born on 3 May 2015 in Leeds')).toEqual([['dateOfBirth', '3 May 2015']])
    expect(kinds('DOB: 03/05/2015')).toEqual([['dateOfBirth', '03/05/2015']])
    expect(kinds('The health visitor called on 3 May 2015.')).toEqual([])
  })

  it('finds street addresses with a house number', () => {
    expect(kinds('the family lived at 14 Acacia Avenue until 2016')).toEqual([['streetAddress', '14 Acacia Avenue']])
    expect(kinds('they met 14 times in the year')).toEqual([])
  })
})
