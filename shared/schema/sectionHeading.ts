/**
 * @module
 * Headings that carry a stable section id and a section kind. A level-2 heading starts a section of
 * the report; the executive summary and exports refer to sections by these ids.
 */
import Heading from '@tiptap/extension-heading'
import { isSectionKind, type SectionKind } from './sectionKinds.js'

export interface SectionHeadingAttributes {
  level: number
  sectionId: string | null
  sectionKind: SectionKind | null
}

export const SectionHeading = Heading.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      sectionId: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => element.getAttribute('data-section-id'),
        renderHTML: (attributes) =>
          attributes.sectionId ? { 'data-section-id': attributes.sectionId, id: attributes.sectionId } : {},
      },
      sectionKind: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => {
          const kind = element.getAttribute('data-section-kind')
          return isSectionKind(kind) ? kind : null
        },
        renderHTML: (attributes) =>
          attributes.sectionKind ? { 'data-section-kind': attributes.sectionKind } : {},
      },
    }
  },
})
