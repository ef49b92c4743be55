import { describe, expect, it } from 'vitest'
import { findMentions } from '../../../shared/comments/mentions.js'

const JANE = { id: 'jane', name: 'Jane Smith' }
const JANET = { id: 'janet', name: 'Janet Brown' }
const JANE_SMITHSON = { id: 'jane-smithson', name: 'Jane Smithson' }
const OMAR = { id: 'omar', name: 'Omar Ó Súilleabháin' }
const MEMBERS = [JANE, JANET, JANE_SMITHSON, OMAR]

describe('mentions in a comment', () => {
  it('finds members by full name, in the order mentioned, once each', () => {
    expect(findMentions('@Janet Brown and @Jane Smith, then @Janet Brown again', MEMBERS)).toEqual(['janet', 'jane'])
  })

  it('finds a member by first name, a name that starts another only where the word ends', () => {
    expect(findMentions('ask @Janet', [JANE, JANET])).toEqual(['janet'])
    expect(findMentions('ask @Jane.', [JANE, JANET])).toEqual(['jane'])
  })

  it('lets the longest full name win, even over another member\'s first name', () => {
    expect(findMentions('@Jane Smith please', MEMBERS)).toEqual(['jane'])
    expect(findMentions('@Jane Smithson please', MEMBERS)).toEqual(['jane-smithson'])
  })

  it('matches names with accents, any case, and needs the @ at a word start', () => {
    expect(findMentions('cc @omar ó súilleabháin', MEMBERS)).toEqual(['omar'])
    expect(findMentions('mail jane@Jane Smith', MEMBERS)).toEqual([])
    expect(findMentions('Jane Smith, no at sign', MEMBERS)).toEqual([])
  })

  it('treats regular expression characters in names as text', () => {
    expect(findMentions('@A.B (Ops)', [{ id: 'ab', name: 'A.B (Ops)' }])).toEqual(['ab'])
    expect(findMentions('@AxB', [{ id: 'ab', name: 'A.B' }])).toEqual([])
  })

  it('finds nobody who is not a member', () => {
    expect(findMentions('@Someone Else', MEMBERS)).toEqual([])
  })
})
