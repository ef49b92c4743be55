import { describe, expect, it } from 'vitest'
import { RegisterMatcher } from '../../../shared/redaction/registerMatcher.js'
import { termsOf } from '../../../shared/redaction/register.js'

const MOTHER = { id: 'mother0001', realName: 'Jane Smith', aliases: ['Janey'], category: 'family' as const, pseudonym: 'Mother' }
const SCHOOL = { id: 'school0001', realName: 'St Anne’s Primary', aliases: [], category: 'organisation' as const, pseudonym: 'a primary school' }

const found = (text: string) => new RegisterMatcher([MOTHER, SCHOOL]).find(text).map((match) => match.text)

describe('finding the register in text', () => {
  it('takes a person’s name parts as terms, but not a title or a place’s words', () => {
    expect(termsOf({ realName: 'Mrs Jane Smith', aliases: [], category: 'family' })).toEqual(['Mrs Jane Smith', 'Jane', 'Smith'])
    expect(termsOf(SCHOOL)).toEqual(['St Anne’s Primary'])
  })

  it('matches whole words in any case, with possessives and hyphens, and prefers the longest name', () => {
    expect(found('JANE said Smith’s flat was cold; jane-marie is her cousin')).toEqual(['JANE', 'Smith', 'jane'])
    expect(found('Jane Smith and Janet')).toEqual(['Jane Smith'])
    expect(found('Jane\n  Smith')).toEqual(['Jane\n  Smith'])
  })

  it('treats either apostrophe as the same', () => {
    expect(found("at St Anne's Primary")).toEqual(["St Anne's Primary"])
  })

  it('finds nothing with an empty register', () => {
    expect(new RegisterMatcher([]).find('Jane Smith')).toEqual([])
  })
})
