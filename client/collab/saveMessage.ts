/**
 * @module
 * What the status bar says about this person's changes, and how long "Saving…" may show before it
 * says plainly that the server has not stored them (a full or broken disk, a stalled server).
 */
import { useEffect, useState } from 'react'
import type { ConnectionState } from './useCollaboration'

/** After this long connected without every change stored, "Saving…" becomes a warning. */
export const SAVING_TOO_LONG_MS = 15_000

export interface SaveMessage {
  text: string
  /** Whether the person should know something is wrong. */
  warning: boolean
}

export function saveMessage(state: ConnectionState, allSaved: boolean, savingTooLong: boolean): SaveMessage {
  if (allSaved) return { text: 'All changes saved', warning: false }
  if (state !== 'connected') {
    return { text: 'Changes not yet saved on the server. Keep this page open; they will be sent when the connection returns.', warning: true }
  }
  if (savingTooLong) {
    return { text: 'The server has not been able to store your recent changes yet. Keep this page open; they are kept here and will be stored when the server can.', warning: true }
  }
  return { text: 'Saving…', warning: false }
}

/** True once `allSaved` has stayed false for `ms` without a break; false again as soon as it is true. */
export function useSavingTooLong(allSaved: boolean, ms = SAVING_TOO_LONG_MS): boolean {
  const [tooLong, setTooLong] = useState(false)
  useEffect(() => {
    setTooLong(false)
    if (allSaved) return
    const timer = setTimeout(() => setTooLong(true), ms)
    return () => clearTimeout(timer)
  }, [allSaved, ms])
  return tooLong
}
