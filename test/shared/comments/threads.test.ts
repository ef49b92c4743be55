import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  commentTexts,
  commentsMap,
  deleteMessage,
  editMessage,
  newMessageId,
  newThreadId,
  readThread,
  readThreads,
  removeThread,
  replyToThread,
  setResolved,
  startThread,
  MAX_QUOTE_LENGTH,
  MESSAGE_ID_PATTERN,
} from '../../../shared/comments/threads.js'
import { THREAD_ID_PATTERN } from '../../../shared/schema/comment.js'

const ANN = { id: 'user-ann', name: 'Ann Author' }
const PAT = { id: 'user-pat', name: 'Pat Panel' }
const T0 = '2024-03-01T10:00:00.000Z'
const T1 = '2024-03-01T11:00:00.000Z'

function docWithThread(threadId = 'thr_aaaaaa01'): Y.Doc {
  const doc = new Y.Doc()
  startThread(doc, threadId, 'the referral was not followed up', { author: ANN, body: 'Is this right?', mentions: [], now: T0 })
  return doc
}

describe('comment threads in the report Y.Doc', () => {
  it('makes ids that the schema accepts', () => {
    expect(newThreadId()).toMatch(THREAD_ID_PATTERN)
    expect(newMessageId()).toMatch(MESSAGE_ID_PATTERN)
    expect(newThreadId()).not.toBe(newThreadId())
  })

  it('starts a thread with its quote and first message, unresolved', () => {
    const thread = readThread(docWithThread(), 'thr_aaaaaa01')
    expect(thread).toMatchObject({ id: 'thr_aaaaaa01', quote: 'the referral was not followed up', createdBy: ANN.id, resolved: false, resolvedBy: null })
    expect(thread?.messages).toEqual([expect.objectContaining({ authorId: ANN.id, authorName: ANN.name, body: 'Is this right?', createdAt: T0, editedAt: null, deleted: false, mentions: [] })])
  })

  it('keeps at most the longest quote it shows', () => {
    const doc = new Y.Doc()
    startThread(doc, 'thr_aaaaaa02', 'x'.repeat(MAX_QUOTE_LENGTH + 50), { author: ANN, body: 'Long', mentions: [], now: T0 })
    expect(readThread(doc, 'thr_aaaaaa02')?.quote).toHaveLength(MAX_QUOTE_LENGTH)
  })

  it('adds replies in order, and refuses a reply to a thread that is not there', () => {
    const doc = docWithThread()
    expect(replyToThread(doc, 'thr_aaaaaa01', { author: PAT, body: 'Yes, see the IMR.', mentions: [ANN.id], now: T1 })).toBe(true)
    expect(replyToThread(doc, 'thr_missing01', { author: PAT, body: 'Lost', mentions: [], now: T1 })).toBe(false)
    expect(readThread(doc, 'thr_aaaaaa01')?.messages.map((message) => [message.authorName, message.body, message.mentions])).toEqual([
      ['Ann Author', 'Is this right?', []],
      ['Pat Panel', 'Yes, see the IMR.', [ANN.id]],
    ])
  })

  it('edits a message, marking when; a deleted message keeps its place without its text and cannot be edited', () => {
    const doc = docWithThread()
    const [first] = readThread(doc, 'thr_aaaaaa01')?.messages ?? []
    expect(editMessage(doc, 'thr_aaaaaa01', first.id, 'Is this right, @Pat?', [PAT.id], T1)).toBe(true)
    expect(readThread(doc, 'thr_aaaaaa01')?.messages[0]).toMatchObject({ body: 'Is this right, @Pat?', mentions: [PAT.id], editedAt: T1 })
    expect(deleteMessage(doc, 'thr_aaaaaa01', first.id)).toBe(true)
    expect(readThread(doc, 'thr_aaaaaa01')?.messages[0]).toMatchObject({ body: '', mentions: [], deleted: true })
    expect(editMessage(doc, 'thr_aaaaaa01', first.id, 'Back', [], T1)).toBe(false)
    expect(editMessage(doc, 'thr_aaaaaa01', 'msg_nothere1', 'x', [], T1)).toBe(false)
    expect(deleteMessage(doc, 'thr_aaaaaa01', 'msg_nothere1')).toBe(false)
  })

  it('resolves and reopens, saying who and when', () => {
    const doc = docWithThread()
    expect(setResolved(doc, 'thr_aaaaaa01', true, PAT.id, T1)).toBe(true)
    expect(readThread(doc, 'thr_aaaaaa01')).toMatchObject({ resolved: true, resolvedBy: PAT.id, resolvedAt: T1 })
    setResolved(doc, 'thr_aaaaaa01', false, ANN.id, T1)
    expect(readThread(doc, 'thr_aaaaaa01')).toMatchObject({ resolved: false, resolvedBy: null, resolvedAt: null })
    expect(setResolved(doc, 'thr_missing01', true, ANN.id, T1)).toBe(false)
  })

  it('lists threads oldest first and removes one', () => {
    const doc = docWithThread('thr_bbbbbb01')
    startThread(doc, 'thr_aaaaaa01', 'earlier', { author: PAT, body: 'First', mentions: [], now: '2024-02-01T00:00:00.000Z' })
    expect(readThreads(doc).map((thread) => thread.id)).toEqual(['thr_aaaaaa01', 'thr_bbbbbb01'])
    removeThread(doc, 'thr_aaaaaa01')
    expect(readThreads(doc).map((thread) => thread.id)).toEqual(['thr_bbbbbb01'])
  })

  it('leaves out what fails the schema rather than trusting it', () => {
    const doc = docWithThread()
    commentsMap(doc).set('not-a-thread-id', new Y.Map())
    const broken = new Y.Map<unknown>()
    broken.set('quote', 42)
    commentsMap(doc).set('thr_broken01', broken)
    const thread = commentsMap(doc).get('thr_aaaaaa01')
    const messages = thread?.get('messages') as Y.Array<unknown>
    const forged = new Y.Map<unknown>()
    forged.set('id', 'not a message id')
    forged.set('body', 'sneaky')
    messages.push([forged])
    expect(readThreads(doc).map((read) => read.id)).toEqual(['thr_aaaaaa01'])
    expect(readThread(doc, 'thr_aaaaaa01')?.messages.map((message) => message.body)).toEqual(['Is this right?'])
  })

  it('syncs between two copies, and concurrent replies both stay', () => {
    const one = docWithThread()
    const two = new Y.Doc()
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    replyToThread(one, 'thr_aaaaaa01', { author: ANN, body: 'From one', mentions: [], now: T1 })
    replyToThread(two, 'thr_aaaaaa01', { author: PAT, body: 'From two', mentions: [], now: T1 })
    setResolved(two, 'thr_aaaaaa01', true, PAT.id, T1)
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two))
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one))
    expect(readThreads(one)).toEqual(readThreads(two))
    expect(readThread(one, 'thr_aaaaaa01')?.messages.map((message) => message.body).sort()).toEqual(['From one', 'From two', 'Is this right?'])
    expect(readThread(one, 'thr_aaaaaa01')?.resolved).toBe(true)
  })

  it('gives the text of every message not deleted, for the leak check', () => {
    const doc = docWithThread()
    replyToThread(doc, 'thr_aaaaaa01', { author: PAT, body: '   ', mentions: [], now: T1 })
    replyToThread(doc, 'thr_aaaaaa01', { author: PAT, body: 'Mother said the visits stopped', mentions: [], now: T1 })
    const second = readThread(doc, 'thr_aaaaaa01')?.messages[0]
    if (second) deleteMessage(doc, 'thr_aaaaaa01', second.id)
    expect(commentTexts(readThreads(doc))).toEqual(['Mother said the visits stopped'])
  })
})
