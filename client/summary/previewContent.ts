/**
 * @module
 * The executive summary's content made ready to show beside the editor: the same public JSON the
 * exports use, less the section ids that would give the page two elements with the same id.
 */
import type { JSONContent } from '@tiptap/core'

export function withoutSectionIds(node: JSONContent): JSONContent {
  const attrs = node.attrs && 'sectionId' in node.attrs ? { ...node.attrs, sectionId: null } : node.attrs
  return { ...node, ...(attrs ? { attrs } : {}), ...(node.content ? { content: node.content.map(withoutSectionIds) } : {}) }
}
