/**
 * @module
 * The kinds of section an overview report is made of, and the standard skeleton a new report starts
 * from. Later features (the executive summary) select sections by id and recognise them by kind.
 */
export const SECTION_KINDS = [
  'introduction',
  'termsOfReference',
  'methodology',
  'familyBackground',
  'agencyInvolvement',
  'analysis',
  'keyIssues',
  'goodPractice',
  'lessonsLearned',
  'recommendations',
  'other',
] as const

export type SectionKind = (typeof SECTION_KINDS)[number]

export function isSectionKind(value: unknown): value is SectionKind {
  return typeof value === 'string' && (SECTION_KINDS as readonly string[]).includes(value)
}

export interface SkeletonSection {
  kind: SectionKind
  title: string
  prompt: string
}

export const REPORT_SKELETON: readonly SkeletonSection[] = [
  { kind: 'introduction', title: 'Introduction and reasons for the review', prompt: 'Why the review was held and the criteria that were met.' },
  { kind: 'termsOfReference', title: 'Terms of reference', prompt: 'The questions the panel asked the review to answer and the period it covers.' },
  { kind: 'methodology', title: 'Review process and methodology', prompt: 'How the review was done: the panel, the agencies that wrote IMRs, how the family took part.' },
  { kind: 'familyBackground', title: 'Family background and the child', prompt: 'The child and the family, in the terms the family would recognise.' },
  { kind: 'agencyInvolvement', title: 'Summary of agency involvement', prompt: 'What each agency knew and did, drawn from the IMRs and the merged chronology.' },
  { kind: 'analysis', title: 'Analysis', prompt: 'Why things happened as they did, and what it tells us about how agencies worked together.' },
  { kind: 'keyIssues', title: 'Key issues and findings', prompt: 'The findings the analysis leads to.' },
  { kind: 'goodPractice', title: 'Good practice', prompt: 'Practice that went well and should be recognised.' },
  { kind: 'lessonsLearned', title: 'Lessons learned', prompt: 'What agencies and the board should learn.' },
  { kind: 'recommendations', title: 'Recommendations', prompt: 'A few specific recommendations, each answering a finding.' },
]

/** The heading level that starts a section; lower levels are sub-headings within it. */
export const SECTION_HEADING_LEVEL = 2
