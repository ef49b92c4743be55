import { useEffect } from 'react'

/** Sets the browser tab's title; "Error: " goes first while the page shows a problem, as GOV.UK does. */
export function usePageTitle(title: string, hasErrors = false): void {
  useEffect(() => {
    document.title = `${hasErrors ? 'Error: ' : ''}${title} – Overview Studio`
  }, [title, hasErrors])
}
