/**
 * @module
 * Who is signed in at this browser, as the server says (`GET /api/auth/me`). The session itself is an
 * httpOnly cookie the page never sees; this store only remembers the answer, and sends the person to
 * the sign-in page whenever the server says the session has ended.
 */
import { MeSchema, type User } from '../../shared/api/auth'
import { ApiError, getJson, onUnauthenticated, sendJson } from '../api/http'
import { navigate } from '../app/router'
import { useStoreValue, ValueStore } from '../app/valueStore'

export type Session = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: User } | { status: 'unreachable'; message: string }

const session = new ValueStore<Session>({ status: 'loading' })

export function useSession(): Session {
  return useStoreValue(session)
}

/** Whether the person signed in is an administrator (the board's business manager). */
export function useIsAdmin(): boolean {
  const current = useSession()
  return current.status === 'signed-in' && current.user.isAdmin
}

export const SIGN_IN_PATH = '/login'

/** Where to go after signing in: a path on this site only, never another site or the sign-in page. */
export function safeNextPath(candidate: string | null): string {
  if (!candidate || !candidate.startsWith('/') || candidate.startsWith('//') || candidate.startsWith('/\\')) return '/'
  if (candidate === SIGN_IN_PATH || candidate.startsWith(`${SIGN_IN_PATH}?`)) return '/'
  return candidate
}

export function signInPathFor(path: string): string {
  const next = safeNextPath(path)
  return next === '/' ? SIGN_IN_PATH : `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}`
}

export function redirectToSignIn(): void {
  session.set({ status: 'signed-out' })
  if (window.location.pathname === SIGN_IN_PATH) return
  navigate(signInPathFor(window.location.pathname + window.location.search), { replace: true })
}

onUnauthenticated(redirectToSignIn)

let loading: Promise<void> | null = null

/** Asks the server who is signed in; once per page load, however often it is called. */
export function loadSession(): Promise<void> {
  loading ??= askServer()
  return loading
}

async function askServer(): Promise<void> {
  try {
    const { user } = await getJson('/api/auth/me', MeSchema)
    session.set({ status: 'signed-in', user })
  } catch (error) {
    // A 401 has already set the session to signed out.
    if (session.get().status === 'loading') session.set({ status: 'unreachable', message: error instanceof Error ? error.message : String(error) })
  }
}

/** Asks whether the session still holds, without leaving the page when it does not. */
export async function isSessionLive(): Promise<boolean | null> {
  try {
    await getJson('/api/auth/me', MeSchema, undefined, { quiet: true })
    return true
  } catch (error) {
    return error instanceof ApiError && error.status === 401 ? false : null
  }
}

export function signedIn(user: User): void {
  session.set({ status: 'signed-in', user })
}

export async function signOut(): Promise<void> {
  await sendJson('POST', '/api/auth/logout')
  session.set({ status: 'signed-out' })
  navigate(SIGN_IN_PATH)
}
