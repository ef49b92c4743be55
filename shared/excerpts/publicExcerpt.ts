/**
 * @module
 * An excerpt as it may leave the product: its caption (agency and date) and its text, never the link
 * to its source or the snapshot, which holds the source's words before any redaction.
 */
import type { JSONContent } from '@tiptap/core'
import { EMPTY_EXCERPT_ATTRIBUTES, IMR_EXCERPT, readExcerptAttributes } from '../schema/imrExcerpt.js'

/** The content with every excerpt's source ids and snapshot taken out, however deep it is. */
export function withoutExcerptSources(node: JSONContent): JSONContent {
  const content = node.content?.map(withoutExcerptSources)
  if (node.type !== IMR_EXCERPT) return content ? { ...node, content } : node
  const { agencyName, dateLabel, sourceKind } = readExcerptAttributes(node.attrs ?? {})
  return { ...node, attrs: { ...EMPTY_EXCERPT_ATTRIBUTES, agencyName, dateLabel, sourceKind }, ...(content ? { content } : {}) }
}
