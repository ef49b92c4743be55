import { describe, expect, it } from 'vitest'
import type { CommentMessage, CommentThread } from '../../../shared/comments/threads'
import { commentsTabLabel, countOpen, groupThreads, matchesFilter, nothingToShow } from '../../../client/comments/threadFilters'

const message = (authorId: string, mentions: string[] = [], deleted = false): CommentMessage => ({
  id: `msg_${authorId}000000`,
  authorId,
  authorName: authorId,
  body: deleted ? '' : 'A comment',
  createdAt: '2025-05-14T10:00:00.000Z',
  editedAt: null,
  deleted,
  mentions,
})

const thread = (id: string, createdBy: string, messages: CommentMessage[], resolved = false, createdAt = '2025-05-14T10:00:00.000Z'): CommentThread => ({
  id: `thr_${id}`,
  quote: 'some text',
  createdAt,
  createdBy,
  resolved,
  resolvedBy: resolved ? 'usr_b' : null,
  resolvedAt: resolved ? '2025-05-14T11:00:00.000Z' : null,
  messages,
})

const mine = thread('mine0001', 'usr_a', [message('usr_a')])
const repliedTo = thread('reply001', 'usr_b', [message('usr_b'), message('usr_a')])
const mentioning = thread('mention1', 'usr_b', [message('usr_b', ['usr_a'])], true)
const others = thread('others01', 'usr_b', [message('usr_b', ['usr_c'])])
const deletedMention = thread('deleted1', 'usr_b', [message('usr_b', ['usr_a'], true)])

describe('filtering comment threads', () => {
  it('shows open threads by default, resolved ones on asking, or both', () => {
    expect(matchesFilter(mentioning, { status: 'open', people: 'everyone' }, 'usr_a')).toBe(false)
    expect(matchesFilter(mentioning, { status: 'resolved', people: 'everyone' }, 'usr_a')).toBe(true)
    expect(matchesFilter(others, { status: 'resolved', people: 'everyone' }, 'usr_a')).toBe(false)
    expect(matchesFilter(mentioning, { status: 'all', people: 'everyone' }, 'usr_a')).toBe(true)
  })

  it('counts a thread as mine when I started it or wrote in it', () => {
    const filter = { status: 'all', people: 'mine' } as const
    expect([mine, repliedTo, mentioning, others].filter((candidate) => matchesFilter(candidate, filter, 'usr_a'))).toEqual([mine, repliedTo])
  })

  it('finds threads that mention me, but not through a deleted message', () => {
    const filter = { status: 'all', people: 'mentions' } as const
    expect([mine, mentioning, others, deletedMention].filter((candidate) => matchesFilter(candidate, filter, 'usr_a'))).toEqual([mentioning])
  })

  it('counts the open threads for the tab', () => {
    expect(countOpen([mine, mentioning, others])).toBe(2)
    expect(commentsTabLabel(2)).toBe('Comments (2 open)')
    expect(commentsTabLabel(0)).toBe('Comments')
  })

  it('lists threads on text in the order of the text, and those whose text was deleted apart', () => {
    const ranges = new Map([
      [mine.id, [{ from: 40, to: 50 }]],
      [others.id, [{ from: 10, to: 20 }]],
      [repliedTo.id, []],
    ])
    const groups = groupThreads([mine, others, repliedTo, mentioning], ranges, { status: 'open', people: 'everyone' }, 'usr_a')
    expect(groups.attached).toEqual([others, mine])
    expect(groups.detached).toEqual([repliedTo])
  })

  it('says why nothing is shown in the words of the filter', () => {
    expect(nothingToShow({ status: 'open', people: 'everyone' }, 0)).toBe('There are no comments on this report yet.')
    expect(nothingToShow({ status: 'resolved', people: 'everyone' }, 3)).toBe('There are no resolved comments.')
    expect(nothingToShow({ status: 'open', people: 'mentions' }, 3)).toBe('No open comments mention you.')
    expect(nothingToShow({ status: 'all', people: 'mine' }, 3)).toBe('You have no comments.')
  })
})
