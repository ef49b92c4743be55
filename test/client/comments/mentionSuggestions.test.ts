import { describe, expect, it } from 'vitest'
import { findMentions } from '../../../shared/comments/mentions'
import { insertMention, mentionQueryAt, splitMentions, suggestMembers } from '../../../client/comments/mentionSuggestions'

const members = [
  { id: 'usr_author', name: 'Alex Morgan (independent author)' },
  { id: 'usr_panel', name: 'Priya Shah (panel)' },
  { id: 'usr_panel2', name: 'Tom Hughes (panel)' },
]

describe('suggesting people to mention', () => {
  it('finds the mention being typed just before the caret', () => {
    expect(mentionQueryAt('Thanks @Pri', 11)).toEqual({ start: 7, query: 'Pri' })
    expect(mentionQueryAt('@', 1)).toEqual({ start: 0, query: '' })
    expect(mentionQueryAt('Thanks @Priya Sh', 16)).toEqual({ start: 7, query: 'Priya Sh' })
  })

  it('offers nothing for an email address, after a space just typed, or once the caret has moved away', () => {
    expect(mentionQueryAt('jo@example.org', 14)).toBeNull()
    expect(mentionQueryAt('Thanks @Priya ', 14)).toBeNull()
    expect(mentionQueryAt('Thanks @Pri, see you', 20)).toBeNull()
  })

  it('suggests the members whose name, or a word of it, starts with what was typed', () => {
    expect(suggestMembers(members, 'pri').map((member) => member.id)).toEqual(['usr_panel'])
    expect(suggestMembers(members, 'panel').map((member) => member.id)).toEqual(['usr_panel', 'usr_panel2'])
    expect(suggestMembers(members, 'Alex Mo').map((member) => member.id)).toEqual(['usr_author'])
    expect(suggestMembers(members, '')).toHaveLength(3)
    expect(suggestMembers(members, 'zed')).toEqual([])
  })

  it('puts the chosen name in, so that findMentions reads it back', () => {
    const text = 'Can you check this @Ale please'
    const caret = 'Can you check this @Ale'.length
    const query = mentionQueryAt(text, caret)
    expect(query).not.toBeNull()
    const done = insertMention(text, query!, caret, members[0])
    expect(done.text).toBe('Can you check this @Alex Morgan (independent author) please')
    expect(done.text.slice(0, done.caret)).toBe('Can you check this @Alex Morgan (independent author) ')
    expect(findMentions(done.text, members)).toEqual(['usr_author'])
  })

  it('splits a message so that its mentions can be shown in bold', () => {
    expect(splitMentions('Thanks @Priya Shah (panel), and @Tom.', members)).toEqual([
      { text: 'Thanks ', mention: false },
      { text: '@Priya Shah (panel)', mention: true },
      { text: ', and ', mention: false },
      { text: '@Tom', mention: true },
      { text: '.', mention: false },
    ])
    expect(splitMentions('email jo@Tom.org', members)).toEqual([{ text: 'email jo@Tom.org', mention: false }])
  })
})
