import type { JSONContent } from '@tiptap/core'
import { describe, expect, it } from 'vitest'
import { SECTION_ID_PATTERN } from '../../../shared/schema/ids.js'
import {
  REPORT_SKELETON,
  SECTION_HEADING_LEVEL,
  createReportSkeleton,
  findSectionIdFixes,
  getReportSchema,
} from '../../../shared/schema/index.js'

const STANDARD_KINDS = [
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
]

function sectionHeadings(content: JSONContent): JSONContent[] {
  return (content.content ?? []).filter((node) => node.type === 'heading' && node.attrs?.level === SECTION_HEADING_LEVEL)
}

describe('createReportSkeleton', () => {
  it('has the ten standard sections in order, each titled and followed by a paragraph to write in', () => {
    const skeleton = createReportSkeleton()
    const headings = sectionHeadings(skeleton)

    expect(headings.map((heading) => heading.attrs?.sectionKind)).toEqual(STANDARD_KINDS)
    expect(headings.map((heading) => heading.content?.[0]?.text)).toEqual(REPORT_SKELETON.map((section) => section.title))
    expect(skeleton.content?.map((node) => node.type)).toEqual(STANDARD_KINDS.flatMap(() => ['heading', 'paragraph']))
  })

  it('gives every section a valid id that no other section has', () => {
    const ids = sectionHeadings(createReportSkeleton()).map((heading) => String(heading.attrs?.sectionId))

    for (const id of ids) expect(id).toMatch(SECTION_ID_PATTERN)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives each new report its own section ids', () => {
    const first = sectionHeadings(createReportSkeleton()).map((heading) => heading.attrs?.sectionId)
    const second = sectionHeadings(createReportSkeleton()).map((heading) => heading.attrs?.sectionId)

    expect(second.filter((id) => first.includes(id))).toEqual([])
  })

  it('is a valid document of the report schema that needs no section id fixes', () => {
    const doc = getReportSchema().nodeFromJSON(createReportSkeleton())

    expect(() => doc.check()).not.toThrow()
    expect(findSectionIdFixes(doc)).toEqual([])
  })
})
