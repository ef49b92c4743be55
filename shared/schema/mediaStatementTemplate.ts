/**
 * @module
 * The start of a review's media statement: five sections in the order a statement is read (what
 * happened, the review, the key lessons, what has changed, press enquiries), each a neutral draft
 * sentence with [square-bracket] gaps for the comms lead and the author to fill. A gap left in the
 * text is warned about before anything is published (shared/mediaStatement/unfilledGaps.ts).
 */
import type { JSONContent } from '@tiptap/core'
import { createId } from './ids.js'
import { SECTION_HEADING_LEVEL, type SectionKind } from './sectionKinds.js'

export interface MediaStatementSection {
  kind: SectionKind
  title: string
  /** Draft sentences, one paragraph each; the gaps are in square brackets. */
  draft: readonly string[]
}

export const MEDIA_STATEMENT_TEMPLATE: readonly MediaStatementSection[] = [
  {
    kind: 'other',
    title: 'What happened',
    draft: ['In [month and year], a child in [the board’s area] [died or was seriously harmed]. [What happened, in neutral words: no names, ages or places that could identify the family.]'],
  },
  {
    kind: 'introduction',
    title: 'The review',
    draft: ['[Name of the board] held a review because [why the review was held]. The review looked at how agencies worked together to help the child and the family. It was about learning, not blame.'],
  },
  { kind: 'lessonsLearned', title: 'Key lessons', draft: ['The review found that [the key lessons, in a few short sentences].'] },
  {
    kind: 'other',
    title: 'What has changed',
    draft: ['Since the review, agencies have [what has changed already]. The board will check that these changes make a difference for children.'],
  },
  { kind: 'other', title: 'Press enquiries', draft: ['For press enquiries, please contact the board’s press office: [press office contact].'] },
]

export function createMediaStatementSkeleton(newId = () => createId('sec')): JSONContent {
  return {
    type: 'doc',
    content: MEDIA_STATEMENT_TEMPLATE.flatMap((section) => [
      { type: 'heading', attrs: { level: SECTION_HEADING_LEVEL, sectionId: newId(), sectionKind: section.kind }, content: [{ type: 'text', text: section.title }] },
      ...section.draft.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
    ]),
  }
}
