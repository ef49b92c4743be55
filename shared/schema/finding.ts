/**
 * @module
 * A finding of the review: a block in the Key issues and findings section that a recommendation can
 * answer. Its id links recommendations to it; its number is never stored, it comes from where the
 * finding stands in the document (see `shared/recommendations/numbering.ts`).
 */
import { Node, mergeAttributes, type JSONContent } from '@tiptap/core'
import { createId } from './ids.js'

export const FINDING = 'finding'
export const FINDING_ID_PATTERN = /^fnd_[a-z0-9]{6,32}$/

export const createFindingId = () => createId('fnd')

export function isFindingId(value: unknown): value is string {
  return typeof value === 'string' && FINDING_ID_PATTERN.test(value)
}

/** The finding id as stored, or null when it is missing or malformed (the id fix-up gives it a new one). */
export function readFindingId(value: unknown): string | null {
  return isFindingId(value) ? value : null
}

export function findingJson(text = '', findingId = createFindingId()): JSONContent {
  return { type: FINDING, attrs: { findingId }, content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    finding: {
      /** Inserts a new finding, with a new id, at `position` or in place of the selection. */
      insertFinding: (text?: string, position?: number) => ReturnType
    }
  }
}

export const Finding = Node.create({
  name: FINDING,
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      findingId: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => readFindingId(element.getAttribute('data-finding-id')),
        renderHTML: (attributes) => {
          const findingId = readFindingId(attributes.findingId)
          return findingId ? { 'data-finding-id': findingId } : {}
        },
      },
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-finding]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-finding': '', class: 'finding' }, HTMLAttributes), 0]
  },

  addCommands() {
    return {
      insertFinding:
        (text, position) =>
        ({ commands }) =>
          position === undefined ? commands.insertContent(findingJson(text)) : commands.insertContentAt(position, findingJson(text)),
    }
  },
})
