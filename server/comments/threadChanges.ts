/**
 * @module
 * Whether one person's change to one comment thread is theirs to make, judged on the thread as it
 * was and as it is now (plain JSON read from the report's Y.Doc): anyone who may write the report may
 * start a thread, reply, resolve and reopen; only a message's author may edit or delete it; nobody
 * may write a message in someone else's name, rewrite a thread's quote or origin, or leave a thread
 * that fails the schema. Also says which mentions the change adds, for the notifications.
 */
import { CommentMessageSchema, CommentThreadSchema, type CommentMessage, type CommentThread } from '../../shared/comments/threads.js'
import { THREAD_ID_PATTERN } from '../../shared/schema/comment.js'

export interface AddedMentions {
  messageId: string
  body: string
  /** User ids the message mentions now and did not before. */
  mentions: string[]
}

export type ThreadVerdict = { allowed: true; added: AddedMentions[] } | { allowed: false; reason: string }

const refuse = (reason: string): ThreadVerdict => ({ allowed: false, reason })

/** The thread strictly as the schema says: every message valid, ids unique, its key its id. */
function strictThread(threadId: string, raw: unknown): CommentThread | null {
  if (!THREAD_ID_PATTERN.test(threadId) || typeof raw !== 'object' || raw === null || (raw as { id?: unknown }).id !== threadId) return null
  const parsed = CommentThreadSchema.safeParse(raw)
  if (!parsed.success) return null
  const ids = new Set(parsed.data.messages.map((message) => message.id))
  return ids.size === parsed.data.messages.length ? parsed.data : null
}

/** The thread as it was, leniently (as readers see it): invalid messages left out. */
function previousThread(threadId: string, raw: unknown): CommentThread | null {
  if (typeof raw !== 'object' || raw === null) return null
  const json = raw as Record<string, unknown>
  const messages = Array.isArray(json.messages) ? json.messages.filter((message) => CommentMessageSchema.safeParse(message).success) : []
  const parsed = CommentThreadSchema.safeParse({ ...json, id: threadId, messages })
  return parsed.success ? parsed.data : null
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/**
 * Anyone may resolve or reopen, but only in their own name. Each field is judged alone: two people
 * resolving and reopening at once may leave a mix of both, which is nobody's forgery.
 */
function resolutionProblem(before: CommentThread | null, after: CommentThread, userId: string): string | null {
  const resolverChanged = after.resolvedBy !== (before?.resolvedBy ?? null)
  return resolverChanged && after.resolvedBy !== null && after.resolvedBy !== userId ? 'resolved the thread in another person\'s name' : null
}

function messageProblem(before: CommentMessage | undefined, after: CommentMessage, userId: string): string | null {
  if (!before) return after.authorId === userId ? null : 'wrote a message in another person\'s name'
  if (sameJson(before, after)) return null
  if (before.authorId !== userId) return 'changed another person\'s message'
  if (after.authorId !== before.authorId || after.authorName !== before.authorName || after.createdAt !== before.createdAt) return 'changed who wrote a message or when'
  if (before.deleted && !after.deleted) return 'brought back a deleted message'
  return null
}

function addedMentions(before: CommentMessage | undefined, after: CommentMessage): AddedMentions | null {
  if (after.deleted) return null
  const mentions = after.mentions.filter((id) => !before?.mentions.includes(id))
  return mentions.length > 0 ? { messageId: after.id, body: after.body, mentions: [...new Set(mentions)] } : null
}

/** Judges `userId`'s change to thread `threadId`: `before`/`after` are its plain JSON, undefined when absent. */
export function judgeThreadChange(threadId: string, before: unknown, after: unknown, userId: string): ThreadVerdict {
  const previous = before === undefined ? null : previousThread(threadId, before)
  if (after === undefined) {
    const others = previous?.messages.filter((message) => !message.deleted && message.authorId !== userId) ?? []
    return others.length === 0 ? { allowed: true, added: [] } : refuse('removed a thread with other people\'s messages')
  }
  const thread = strictThread(threadId, after)
  if (!thread) return refuse('wrote a thread that fails the schema')
  if (thread.messages.length === 0) return refuse('left a thread without messages')
  if (previous) {
    if (thread.quote !== previous.quote || thread.createdAt !== previous.createdAt || thread.createdBy !== previous.createdBy) return refuse('changed what a thread was started on, or by whom')
  } else if (thread.createdBy !== userId) {
    return refuse('started a thread in another person\'s name')
  }
  const resolution = resolutionProblem(previous, thread, userId)
  if (resolution) return refuse(resolution)
  const earlier = new Map(previous?.messages.map((message) => [message.id, message]))
  for (const message of earlier.values()) {
    const kept = thread.messages.some((candidate) => candidate.id === message.id)
    if (!kept && message.authorId !== userId) return refuse('removed another person\'s message')
  }
  const added: AddedMentions[] = []
  for (const message of thread.messages) {
    const problem = messageProblem(earlier.get(message.id), message, userId)
    if (problem) return refuse(problem)
    const mentions = addedMentions(earlier.get(message.id), message)
    if (mentions) added.push(mentions)
  }
  return { allowed: true, added }
}
