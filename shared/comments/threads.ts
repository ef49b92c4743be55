/**
 * @module
 * Comment threads, kept in the report's own Y.Doc beside the text they are on (the comment mark holds
 * the thread's id): they sync live, work offline like the text, and reach only those who receive the
 * report. Each thread is a Y.Map and its messages a Y.Array of Y.Maps, so two people replying, or one
 * resolving while another edits their message, never overwrite each other. Everything read back is
 * checked: a thread or message that fails the schema is left out, never trusted.
 */
import * as Y from 'yjs'
import { z } from 'zod'
import { THREAD_ID_PATTERN } from '../schema/comment.js'

export const COMMENTS_MAP = 'comments'
export const MESSAGE_ID_PATTERN = /^msg_[a-z0-9]{6,32}$/
export const MAX_COMMENT_LENGTH = 5000
export const MAX_QUOTE_LENGTH = 500

export const CommentMessageSchema = z.object({
  id: z.string().regex(MESSAGE_ID_PATTERN),
  authorId: z.string().min(1).max(100),
  authorName: z.string().max(200),
  body: z.string().max(MAX_COMMENT_LENGTH),
  createdAt: z.iso.datetime(),
  editedAt: z.iso.datetime().nullable(),
  /** A deleted message keeps its place in the thread ("Comment deleted"), without its text. */
  deleted: z.boolean(),
  /** The review members the message mentions (`@name`), by user id. */
  mentions: z.array(z.string().max(100)).max(50),
})
export type CommentMessage = z.infer<typeof CommentMessageSchema>

export const CommentThreadSchema = z.object({
  id: z.string().regex(THREAD_ID_PATTERN),
  /** The text the thread was started on, shown when that text has been deleted (a detached thread). */
  quote: z.string().max(MAX_QUOTE_LENGTH),
  createdAt: z.iso.datetime(),
  createdBy: z.string().min(1).max(100),
  resolved: z.boolean(),
  resolvedBy: z.string().max(100).nullable(),
  resolvedAt: z.iso.datetime().nullable(),
  messages: z.array(CommentMessageSchema),
})
export type CommentThread = z.infer<typeof CommentThreadSchema>

export interface CommentAuthor {
  id: string
  name: string
}

function randomId(prefix: string): string {
  return `${prefix}_${Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte % 36).toString(36)).join('')}`
}

export const newThreadId = (): string => randomId('thr')
export const newMessageId = (): string => randomId('msg')

export function commentsMap(doc: Y.Doc): Y.Map<Y.Map<unknown>> {
  return doc.getMap<Y.Map<unknown>>(COMMENTS_MAP)
}

function plain(value: unknown): unknown {
  return value instanceof Y.AbstractType ? value.toJSON() : value
}

/** One thread as read, or null when it fails the schema. */
export function readThread(doc: Y.Doc, threadId: string): CommentThread | null {
  const thread = commentsMap(doc).get(threadId)
  if (!(thread instanceof Y.Map)) return null
  const json: Record<string, unknown> = { ...(plain(thread) as Record<string, unknown>), id: threadId }
  const messages: unknown[] = Array.isArray(json.messages) ? json.messages : []
  const parsed = CommentThreadSchema.safeParse({ ...json, messages: messages.filter((message) => CommentMessageSchema.safeParse(message).success) })
  return parsed.success ? parsed.data : null
}

/** Every valid thread, oldest first. */
export function readThreads(doc: Y.Doc): CommentThread[] {
  const threads: CommentThread[] = []
  for (const threadId of commentsMap(doc).keys()) {
    const thread = readThread(doc, threadId)
    if (thread) threads.push(thread)
  }
  return threads.sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
}

function messageMap(author: CommentAuthor, body: string, mentions: readonly string[], now: string, id = newMessageId()): Y.Map<unknown> {
  const message = new Y.Map<unknown>()
  message.set('id', id)
  message.set('authorId', author.id)
  message.set('authorName', author.name)
  message.set('body', body)
  message.set('createdAt', now)
  message.set('editedAt', null)
  message.set('deleted', false)
  message.set('mentions', [...mentions])
  return message
}

export interface NewComment {
  author: CommentAuthor
  body: string
  mentions: readonly string[]
  /** ISO time; passed in so tests and the server agree on it. */
  now: string
}

/** Starts thread `threadId` on `quote` with its first message. The caller marks the text in the same transaction. */
export function startThread(doc: Y.Doc, threadId: string, quote: string, comment: NewComment): void {
  doc.transact(() => {
    const thread = new Y.Map<unknown>()
    thread.set('id', threadId)
    thread.set('quote', quote.slice(0, MAX_QUOTE_LENGTH))
    thread.set('createdAt', comment.now)
    thread.set('createdBy', comment.author.id)
    thread.set('resolved', false)
    thread.set('resolvedBy', null)
    thread.set('resolvedAt', null)
    const messages = new Y.Array<Y.Map<unknown>>()
    messages.push([messageMap(comment.author, comment.body, comment.mentions, comment.now)])
    thread.set('messages', messages)
    commentsMap(doc).set(threadId, thread)
  })
}

function threadMap(doc: Y.Doc, threadId: string): Y.Map<unknown> | null {
  const thread = commentsMap(doc).get(threadId)
  return thread instanceof Y.Map ? thread : null
}

function messagesOf(thread: Y.Map<unknown>): Y.Array<Y.Map<unknown>> | null {
  const messages = thread.get('messages')
  return messages instanceof Y.Array ? (messages as Y.Array<Y.Map<unknown>>) : null
}

function findMessage(doc: Y.Doc, threadId: string, messageId: string): Y.Map<unknown> | null {
  const thread = threadMap(doc, threadId)
  const messages = thread ? messagesOf(thread) : null
  return messages?.toArray().find((message) => message instanceof Y.Map && message.get('id') === messageId) ?? null
}

/** Adds a reply; false when the thread is not there. */
export function replyToThread(doc: Y.Doc, threadId: string, comment: NewComment): boolean {
  const thread = threadMap(doc, threadId)
  const messages = thread ? messagesOf(thread) : null
  if (!messages) return false
  messages.push([messageMap(comment.author, comment.body, comment.mentions, comment.now)])
  return true
}

/** Changes a message's text; only its author may (the editor offers it to them alone, the server enforces it). */
export function editMessage(doc: Y.Doc, threadId: string, messageId: string, body: string, mentions: readonly string[], now: string): boolean {
  const message = findMessage(doc, threadId, messageId)
  if (!message || message.get('deleted') === true) return false
  doc.transact(() => {
    message.set('body', body)
    message.set('mentions', [...mentions])
    message.set('editedAt', now)
  })
  return true
}

/** Deletes a message's text, keeping its place; a thread whose messages are all deleted is removed with its mark by the caller. */
export function deleteMessage(doc: Y.Doc, threadId: string, messageId: string): boolean {
  const message = findMessage(doc, threadId, messageId)
  if (!message) return false
  doc.transact(() => {
    message.set('body', '')
    message.set('mentions', [])
    message.set('deleted', true)
  })
  return true
}

export function setResolved(doc: Y.Doc, threadId: string, resolved: boolean, by: string, now: string): boolean {
  const thread = threadMap(doc, threadId)
  if (!thread) return false
  doc.transact(() => {
    thread.set('resolved', resolved)
    thread.set('resolvedBy', resolved ? by : null)
    thread.set('resolvedAt', resolved ? now : null)
  })
  return true
}

/** Removes a thread altogether (its last message deleted by its author); the caller removes its mark. */
export function removeThread(doc: Y.Doc, threadId: string): void {
  commentsMap(doc).delete(threadId)
}

/** Every message's text, for the leak check: none of it may reach a public output. */
export function commentTexts(threads: readonly CommentThread[]): string[] {
  return threads.flatMap((thread) => thread.messages.filter((message) => !message.deleted && message.body.trim() !== '').map((message) => message.body))
}
