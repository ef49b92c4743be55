/**
 * @module
 * Headings that carry a stable section id and a section kind. A level-2 heading starts a section of
 * the report; the executive summary and exports refer to sections by these ids.
 */
import Heading from '@tiptap/extension-heading'
import { isSectionKind, type SectionKind } from './sectionKinds.js'

/** Where a section is read: in the full report only, in the public executive summary only, or in both. */
export const SECTION_AUDIENCES = ['report', 'summary', 'both'] as const
export type SectionAudience = (typeof SECTION_AUDIENCES)[number]

export function isSectionAudience(value: unknown): value is SectionAudience {
  return typeof value === 'string' && (SECTION_AUDIENCES as readonly string[]).includes(value)
}

export interface SectionHeadingAttributes {
  level: number
  sectionId: string | null
  sectionKind: SectionKind | null
  audience: SectionAudience
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
      audience: {
        default: 'report',
        keepOnSplit: false,
        parseHTML: (element) => {
          const audience = element.getAttribute('data-audience')
          return isSectionAudience(audience) ? audience : 'report'
        },
        renderHTML: (attributes) => (attributes.audience && attributes.audience !== 'report' ? { 'data-audience': attributes.audience } : {}),
      },
    }
  },
})
