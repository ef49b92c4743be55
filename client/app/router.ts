/**
 * @module
 * A small path router: the server serves the client for every page path, and the client picks the
 * page. Links use `navigate` so moving between pages keeps the open connections of the app.
 */
import { useEffect, useState, useSyncExternalStore, type MouseEvent } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

/** `flash`: a message for the next page to show once, such as "Jo Evans was added". */
export function navigate(path: string, { replace = false, flash }: { replace?: boolean; flash?: string } = {}): void {
  const state = flash ? { flash } : null
  if (replace) window.history.replaceState(state, '', path)
  else window.history.pushState(state, '', path)
  for (const listener of listeners) listener()
  window.scrollTo(0, 0)
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** The message the previous page left for this one, shown once: it is gone after a reload. */
export function useFlash(): string | null {
  const [message] = useState<string | null>(() => readFlash())
  useEffect(() => {
    if (readFlash()) window.history.replaceState(null, '')
  }, [])
  return message
}

function readFlash(): string | null {
  const state: unknown = window.history.state
  if (typeof state !== 'object' || state === null || !('flash' in state)) return null
  return typeof state.flash === 'string' ? state.flash : null
}

/** For `<a onClick>`: follows the link inside the app unless the person asked for a new tab. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(event.currentTarget.getAttribute('href') ?? '/')
}

/** The parts of an IMR, each its own page so that the browser's Back button works as people expect. */
export type ImrView = { part: 'overview' } | { part: 'details' } | { part: 'new-entry' } | { part: 'entry'; entryId: string } | { part: 'delete-entry'; entryId: string } | { part: 'import' } | { part: 'sign-off' } | { part: 'reopen' }

/** The action plan and the pages that add, change and delete one of its actions. */
export type ActionPlanPart = { part: 'plan' } | { part: 'new-action' } | { part: 'action'; actionId: string } | { part: 'delete-action'; actionId: string }

/** Pages of a review whose address ends in their own name: `/reviews/:id/summary` is the page 'summary'. */
const REVIEW_SUBPAGES = ['report', 'members', 'audit', 'summary', 'media-statement', 'board-response', 'publication', 'chronology'] as const
type ReviewSubpage = (typeof REVIEW_SUBPAGES)[number]
const isReviewSubpage = (part: string): part is ReviewSubpage => (REVIEW_SUBPAGES as readonly string[]).includes(part)

export type Route =
  | { page: 'sign-in' }
  | { page: 'reviews' }
  | { page: 'create-review' }
  | { page: 'review'; reviewId: string }
  | { page: 'review-edit'; reviewId: string }
  | { page: ReviewSubpage; reviewId: string }
  | { page: 'imr'; reviewId: string; agencyId: string; view: ImrView }
  | { page: 'action-plan'; reviewId: string; view: ActionPlanPart }
  | { page: 'accounts' }
  | { page: 'activity' }
  | { page: 'notifications' }
  | { page: 'not-found' }

export const ACCOUNTS_PATH = '/accounts'
export const ACTIVITY_PATH = '/activity'
export const NOTIFICATIONS_PATH = '/notifications'

const SLUG = '([a-z0-9][a-z0-9-]{0,63})'
const REVIEW_PAGE = new RegExp(`^/reviews/${SLUG}(?:/(edit|${REVIEW_SUBPAGES.join('|')}))?/?$`)
const ACTION_PLAN_PAGE = new RegExp(`^/reviews/${SLUG}/action-plan(?:/actions/(new|act_[a-z0-9]{6,32})(/delete)?)?/?$`)
const IMR_PAGE = new RegExp(`^/reviews/${SLUG}/imr/${SLUG}(?:/(details|import|sign-off|reopen|entries/new|entries/(ent_[a-z0-9]{6,32})(/delete)?))?/?$`)

function imrView(part: string | undefined, entryId: string | undefined, remove: string | undefined): ImrView {
  if (entryId) return remove ? { part: 'delete-entry', entryId } : { part: 'entry', entryId }
  switch (part) {
    case 'details':
    case 'import':
    case 'sign-off':
    case 'reopen':
      return { part }
    case 'entries/new':
      return { part: 'new-entry' }
    default:
      return { part: 'overview' }
  }
}

export function matchRoute(path: string): Route {
  if (path === '/' || path === '/reviews' || path === '/reviews/') return { page: 'reviews' }
  if (path === '/login') return { page: 'sign-in' }
  if (path === '/new-review') return { page: 'create-review' }
  if (path === ACCOUNTS_PATH || path === `${ACCOUNTS_PATH}/`) return { page: 'accounts' }
  if (path === ACTIVITY_PATH || path === `${ACTIVITY_PATH}/`) return { page: 'activity' }
  if (path === NOTIFICATIONS_PATH || path === `${NOTIFICATIONS_PATH}/`) return { page: 'notifications' }
  const plan = ACTION_PLAN_PAGE.exec(path)
  if (plan) {
    const [, reviewId, action, remove] = plan
    if (action === 'new') return remove ? { page: 'not-found' } : { page: 'action-plan', reviewId, view: { part: 'new-action' } }
    if (action) return { page: 'action-plan', reviewId, view: remove ? { part: 'delete-action', actionId: action } : { part: 'action', actionId: action } }
    return { page: 'action-plan', reviewId, view: { part: 'plan' } }
  }
  const imr = IMR_PAGE.exec(path)
  if (imr) {
    const [, reviewId, agencyId, part, entryId, remove] = imr
    return { page: 'imr', reviewId, agencyId, view: imrView(part, entryId, remove) }
  }
  const match = REVIEW_PAGE.exec(path)
  if (!match) return { page: 'not-found' }
  const [, reviewId, part] = match
  if (part === undefined) return { page: 'review', reviewId }
  if (part === 'edit') return { page: 'review-edit', reviewId }
  return isReviewSubpage(part) ? { page: part, reviewId } : { page: 'not-found' }
}

export const reviewPath = (reviewId: string, part = ''): string => `/reviews/${reviewId}${part ? `/${part}` : ''}`

/** `/reviews/child-k/imr/health`, and its parts: `details`, `import`, `entries/new`… */
export const imrPath = (reviewId: string, agencyId: string, part = ''): string => reviewPath(reviewId, `imr/${agencyId}${part ? `/${part}` : ''}`)

/** `/reviews/child-k/action-plan`, and its parts: `actions/new`, `actions/act_…`, `actions/act_…/delete`. */
export const actionPlanPath = (reviewId: string, part = ''): string => reviewPath(reviewId, `action-plan${part ? `/${part}` : ''}`)
