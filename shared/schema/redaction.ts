/**
 * @module
 * The redaction mark: text that identifies someone, hidden from every public output. Linked to a
 * register entity (whose pseudonym replaces it) or ad hoc, with a category (whose neutral wording
 * replaces it) and a reason. The editor shows it highlighted with the pseudonym beside it.
 */
import { Mark, mergeAttributes } from '@tiptap/core'
import { EntityCategorySchema, RedactionReasonSchema, type EntityCategory, type RedactionReason } from '../redaction/categories.js'

export const REDACTION_MARK = 'redaction'

export interface RedactionAttributes {
  /** The register entity, or null for an ad hoc redaction. */
  entityId: string | null
  category: EntityCategory
  /** Why an ad hoc redaction hides the text; null for one linked to the register. */
  reason: RedactionReason | null
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    redaction: {
      setRedaction: (attributes: RedactionAttributes) => ReturnType
      unsetRedaction: () => ReturnType
    }
  }
}

const parseCategory = (value: string | null): EntityCategory => EntityCategorySchema.safeParse(value).data ?? 'identifier'

export const Redaction = Mark.create({
  name: REDACTION_MARK,
  inclusive: false,
  // Below formatting marks, so that a redaction spans a word however it is formatted.
  priority: 900,

  addAttributes() {
    return {
      entityId: {
        default: null,
        parseHTML: (element) => element.getAttribute('data-entity-id'),
        renderHTML: (attributes) => (attributes.entityId ? { 'data-entity-id': attributes.entityId } : {}),
      },
      category: {
        default: 'identifier',
        parseHTML: (element) => parseCategory(element.getAttribute('data-category')),
        renderHTML: (attributes) => ({ 'data-category': attributes.category }),
      },
      reason: {
        default: null,
        parseHTML: (element) => RedactionReasonSchema.safeParse(element.getAttribute('data-reason')).data ?? null,
        renderHTML: (attributes) => (attributes.reason ? { 'data-reason': attributes.reason } : {}),
      },
    }
  },

  parseHTML() {
    return [{ tag: 'span[data-redaction]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-redaction': '', class: 'redaction' }, HTMLAttributes), 0]
  },

  addCommands() {
    return {
      setRedaction:
        (attributes) =>
        ({ commands }) =>
          commands.setMark(this.name, attributes),
      unsetRedaction:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name, { extendEmptyMarkRange: true }),
    }
  },
})
