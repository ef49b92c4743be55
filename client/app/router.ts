/**
 * @module
 * A small path router: the server serves the client for every page path, and the client picks the
 * page. Links use `navigate` so moving between pages keeps the open connections of the app.
 */
import { useSyncExternalStore, type MouseEvent } from 'react'

const listeners = new Set<() => void>()

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  window.addEventListener('popstate', listener)
  return () => {
    listeners.delete(listener)
    window.removeEventListener('popstate', listener)
  }
}

export function navigate(path: string): void {
  window.history.pushState(null, '', path)
  for (const listener of listeners) listener()
  window.scrollTo(0, 0)
}

export function usePath(): string {
  return useSyncExternalStore(subscribe, () => window.location.pathname)
}

/** For `<a onClick>`: follows the link inside the app unless the person asked for a new tab. */
export function followLink(event: MouseEvent<HTMLAnchorElement>): void {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
  event.preventDefault()
  navigate(event.currentTarget.getAttribute('href') ?? '/')
}

export type Route = { page: 'reviews' } | { page: 'report'; reviewId: string } | { page: 'not-found' }

export function matchRoute(path: string): Route {
  if (path === '/' || path === '/reviews') return { page: 'reviews' }
  const report = /^\/reviews\/([a-z0-9][a-z0-9-]{0,63})(?:\/report)?\/?$/.exec(path)
  if (report) return { page: 'report', reviewId: report[1] }
  return { page: 'not-found' }
}
