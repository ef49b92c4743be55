import { describe, expect, it } from 'vitest'
import { judgeThreadChange } from '../../../server/comments/threadChanges.js'

const T = '2024-03-01T10:00:00.000Z'
const message = (id: string, authorId: string, extra: Record<string, unknown> = {}) => ({ id, authorId, authorName: authorId, body: `From ${authorId}`, createdAt: T, editedAt: null, deleted: false, mentions: [], ...extra })
const thread = (messages: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'thr_judge00001', quote: 'q', createdAt: T, createdBy: 'ann', resolved: false, resolvedBy: null, resolvedAt: null, messages, ...extra })
const judge = (before: unknown, after: unknown, userId: string) => judgeThreadChange('thr_judge00001', before, after, userId)

describe('judging a change to a comment thread', () => {
  const start = thread([message('msg_aaaaaa01', 'ann')])

  it('allows starting, replying, resolving, and editing or deleting one\'s own message', () => {
    expect(judge(undefined, start, 'ann').allowed).toBe(true)
    const replied = thread([message('msg_aaaaaa01', 'ann'), message('msg_bbbbbb01', 'pat', { mentions: ['ann'] })])
    expect(judge(start, replied, 'pat')).toEqual({ allowed: true, added: [{ messageId: 'msg_bbbbbb01', body: 'From pat', mentions: ['ann'] }] })
    expect(judge(start, thread(start.messages, { resolved: true, resolvedBy: 'pat', resolvedAt: T }), 'pat').allowed).toBe(true)
    expect(judge(start, thread([message('msg_aaaaaa01', 'ann', { body: 'Edited', editedAt: T })]), 'ann').allowed).toBe(true)
    expect(judge(start, thread([message('msg_aaaaaa01', 'ann', { body: '', deleted: true })]), 'ann').allowed).toBe(true)
    expect(judge(start, undefined, 'ann').allowed).toBe(true)
  })

  it('refuses writing in another person\'s name or changing their words', () => {
    expect(judge(undefined, start, 'pat')).toMatchObject({ allowed: false })
    expect(judge(start, thread([...start.messages, message('msg_bbbbbb01', 'ann')]), 'pat')).toMatchObject({ allowed: false, reason: expect.stringContaining('name') })
    expect(judge(start, thread([message('msg_aaaaaa01', 'ann', { body: 'Changed' })]), 'pat')).toMatchObject({ allowed: false })
    expect(judge(start, thread([message('msg_aaaaaa01', 'ann', { deleted: true, body: '' })]), 'pat')).toMatchObject({ allowed: false })
    expect(judge(start, thread([message('msg_aaaaaa01', 'pat')]), 'ann')).toMatchObject({ allowed: false })
    expect(judge(start, undefined, 'pat')).toMatchObject({ allowed: false })
    expect(judge(start, thread(start.messages, { resolved: true, resolvedBy: 'ann', resolvedAt: T }), 'pat')).toMatchObject({ allowed: false })
    expect(judge(start, thread(start.messages, { quote: 'other' }), 'ann')).toMatchObject({ allowed: false })
  })

  it('refuses what fails the schema', () => {
    expect(judge(start, { ...start, quote: 42 }, 'ann')).toMatchObject({ allowed: false })
    expect(judge(start, thread([]), 'ann')).toMatchObject({ allowed: false })
    expect(judge(start, thread([message('msg_aaaaaa01', 'ann'), message('msg_aaaaaa01', 'ann')]), 'ann')).toMatchObject({ allowed: false })
    expect(judgeThreadChange('not-an-id', undefined, start, 'ann')).toMatchObject({ allowed: false })
  })
})
