/**
 * @module
 * Which threads the comments column shows (open or resolved; everyone's, one's own, or those that
 * mention one) and how: threads on text in the order of the text, detached threads (whose text was
 * deleted) in a group of their own.
 */
import type { ThreadRange } from '../../shared/comments/anchors'
import type { CommentThread } from '../../shared/comments/threads'

export const STATUS_FILTERS = ['open', 'resolved', 'all'] as const
export type StatusFilter = (typeof STATUS_FILTERS)[number]
export const PEOPLE_FILTERS = ['everyone', 'mine', 'mentions'] as const
export type PeopleFilter = (typeof PEOPLE_FILTERS)[number]

export const STATUS_FILTER_LABELS: Record<StatusFilter, string> = { open: 'Open', resolved: 'Resolved', all: 'Open and resolved' }
export const PEOPLE_FILTER_LABELS: Record<PeopleFilter, string> = { everyone: 'Everyone’s', mine: 'Mine', mentions: 'Mentioning me' }

export interface ThreadFilter {
  status: StatusFilter
  people: PeopleFilter
}

export const DEFAULT_FILTER: ThreadFilter = { status: 'open', people: 'everyone' }

/** Started by `userId`, or with a message of theirs in it. */
export const isMine = (thread: CommentThread, userId: string): boolean =>
  thread.createdBy === userId || thread.messages.some((message) => message.authorId === userId && !message.deleted)

export const mentionsPerson = (thread: CommentThread, userId: string): boolean => thread.messages.some((message) => !message.deleted && message.mentions.includes(userId))

export function matchesFilter(thread: CommentThread, filter: ThreadFilter, userId: string): boolean {
  if (filter.status === 'open' && thread.resolved) return false
  if (filter.status === 'resolved' && !thread.resolved) return false
  if (filter.people === 'mine') return isMine(thread, userId)
  if (filter.people === 'mentions') return mentionsPerson(thread, userId)
  return true
}

export const countOpen = (threads: readonly CommentThread[]): number => threads.filter((thread) => !thread.resolved).length

/** The side panel's tab: how many threads are open, when any are. */
export const commentsTabLabel = (open: number): string => (open > 0 ? `Comments (${open} open)` : 'Comments')

export interface ThreadGroups {
  /** On text still in the report, in the order of that text. */
  attached: CommentThread[]
  /** Their text was deleted, oldest first. */
  detached: CommentThread[]
}

export function groupThreads(threads: readonly CommentThread[], ranges: ReadonlyMap<string, ThreadRange[]>, filter: ThreadFilter, userId: string): ThreadGroups {
  const shown = threads.filter((thread) => matchesFilter(thread, filter, userId))
  const startOf = (thread: CommentThread) => ranges.get(thread.id)?.[0]?.from ?? -1
  return {
    attached: shown.filter((thread) => startOf(thread) >= 0).sort((a, b) => startOf(a) - startOf(b) || a.createdAt.localeCompare(b.createdAt)),
    detached: shown.filter((thread) => startOf(thread) < 0),
  }
}

/** What to say when no thread matches, in the filter's words. */
export function nothingToShow(filter: ThreadFilter, total: number): string {
  if (total === 0) return 'There are no comments on this report yet.'
  const status = filter.status === 'all' ? '' : `${filter.status} `
  if (filter.people === 'mine') return `You have no ${status}comments.`
  if (filter.people === 'mentions') return `No ${status}comments mention you.`
  return `There are no ${status}comments.`
}
