/**
 * @module
 * Opens the editor at a place the address names (`?from=120&to=124`), as the summary page links to
 * a leak-check finding: once, when the document has loaded, and the address is then tidied.
 */
import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import { showPlace } from './showPlace'

export const placeQuery = (from: number, to: number): string => `?from=${from}&to=${to}`

function readPlace(search: string): { from: number; to: number } | null {
  const params = new URLSearchParams(search)
  const from = Number(params.get('from'))
  const to = Number(params.get('to'))
  return Number.isSafeInteger(from) && Number.isSafeInteger(to) && from > 0 && to >= from ? { from, to } : null
}

export function usePlaceFromAddress(editor: Editor | null): void {
  useEffect(() => {
    const place = readPlace(window.location.search)
    if (!editor || !place) return
    showPlace(editor, place.from, place.to)
    window.history.replaceState(window.history.state, '', window.location.pathname)
  }, [editor])
}
