import { useEffect, useState } from 'react'
import { useStoreValue } from '../app/valueStore'
import type { CommentsSetup } from './commentsSetup'

/**
 * Says "Comment added" (and the like) to screen readers: a live region that is always on the page, so
 * the message is heard even though the form that was used has gone. The text clears after a while so
 * the same message can be said again.
 */
export function CommentsAnnouncer({ setup }: { setup: CommentsSetup }) {
  const announcement = useStoreValue(setup.announcement)
  const [text, setText] = useState('')
  useEffect(() => {
    setText(announcement.text)
    const timer = setTimeout(() => setText(''), 5000)
    return () => clearTimeout(timer)
  }, [announcement])
  return (
    <div className="govuk-visually-hidden" role="status" aria-live="polite" data-testid="comments-announcement">
      {text}
    </div>
  )
}
