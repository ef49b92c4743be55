/**
 * @module
 * The standard skeleton of a new overview report, as schema JSON.
 */
import type { JSONContent } from '@tiptap/core'
import { createId } from './ids.js'
import { REPORT_SKELETON, SECTION_HEADING_LEVEL } from './sectionKinds.js'

export function createReportSkeleton(newId = () => createId('sec')): JSONContent {
  return {
    type: 'doc',
    content: REPORT_SKELETON.flatMap((section) => [
      {
        type: 'heading',
        attrs: { level: SECTION_HEADING_LEVEL, sectionId: newId(), sectionKind: section.kind },
        content: [{ type: 'text', text: section.title }],
      },
      { type: 'paragraph' },
    ]),
  }
}

const IMR_ANALYSIS_SECTIONS = ['Analysis of individual practice', 'Analysis of organisational practice']

/**
 * The start of an agency's IMR analysis, the rich text of its collaborative document. The chronology,
 * details and recommendations are structured data beside it (shared/imr/).
 */
export function createImrSkeleton(agencyName: string, newId = () => createId('sec')): JSONContent {
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', content: [{ type: 'text', text: `Analysis of practice by ${agencyName || 'the agency'}.` }] },
      ...IMR_ANALYSIS_SECTIONS.flatMap((title) => [
        { type: 'heading', attrs: { level: SECTION_HEADING_LEVEL, sectionId: newId(), sectionKind: 'other' }, content: [{ type: 'text', text: title }] },
        { type: 'paragraph' },
      ]),
    ],
  }
}
