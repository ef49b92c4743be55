/**
 * @module
 * The checks on a comment's text before it is sent, in words a person can act on.
 */
import { MAX_COMMENT_LENGTH } from '../../shared/comments/threads'

export function checkCommentText(body: string): { valid: string | null; error: string | null } {
  const trimmed = body.trim()
  if (!trimmed) return { valid: null, error: 'Enter a comment' }
  if (trimmed.length > MAX_COMMENT_LENGTH) return { valid: null, error: `Comments must be ${MAX_COMMENT_LENGTH.toLocaleString('en-GB')} characters or fewer` }
  return { valid: trimmed, error: null }
}
