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
