/**
 * @module
 * A document's connection is refused once the person's session has ended (signed out elsewhere, or
 * twelve hours idle). The socket cannot say why, so each time it fails the page asks the API. With
 * nothing unsaved the person goes to sign in; with unsaved changes the page stays, says so, and keeps
 * retrying: signing in again in another tab lets the changes through.
 */
import { useEffect, useState } from 'react'
import { isSessionLive, redirectToSignIn } from '../auth/session'
import type { Collaboration } from '../collab/useCollaboration'

const CHECK_INTERVAL_MS = 10_000

export const SIGNED_OUT_PROBLEM = 'You have been signed out. Keep this page open and sign in again in a new tab: your changes will then be saved.'

export function useSessionWhileEditing({ provider }: Collaboration, allSaved: boolean): boolean {
  const [signedOut, setSignedOut] = useState(false)
  useEffect(() => {
    let lastCheck = 0
    let active = true
    const check = () => {
      if (Date.now() - lastCheck < CHECK_INTERVAL_MS) return
      lastCheck = Date.now()
      void isSessionLive().then((live) => {
        if (active && live !== null) setSignedOut(!live)
      })
    }
    const connected = ({ status }: { status: string }) => {
      if (status === 'connected') setSignedOut(false)
    }
    provider.on('connection-error', check)
    provider.on('connection-close', check)
    provider.on('status', connected)
    return () => {
      active = false
      provider.off('connection-error', check)
      provider.off('connection-close', check)
      provider.off('status', connected)
    }
  }, [provider])
  useEffect(() => {
    if (signedOut && allSaved) redirectToSignIn()
  }, [signedOut, allSaved])
  return signedOut
}
