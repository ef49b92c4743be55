/**
 * @module
 * Schema JSON without comment marks: what every export is made from but the panel's confidential
 * "report with comments". The thread ids on the text are the comments' only trace in the document
 * itself (their messages live beside it), and none of it leaves in an output.
 */
import type { JSONContent } from '@tiptap/core'
import { COMMENT_MARK } from '../schema/comment.js'

export function withoutComments(content: JSONContent): JSONContent {
  const marks = content.marks?.filter((mark) => mark.type !== COMMENT_MARK)
  return {
    ...content,
    ...(content.marks ? { marks } : {}),
    ...(content.content ? { content: content.content.map(withoutComments) } : {}),
  }
}
