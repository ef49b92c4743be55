import { describe, expect, it } from 'vitest'
import { getReportSchema, isSectionKind, SECTION_HEADING_LEVEL } from '../../../shared/schema/index.js'
import { createMediaStatementSkeleton, MEDIA_STATEMENT_TEMPLATE } from '../../../shared/schema/mediaStatementTemplate.js'
import { findUnfilledGaps } from '../../../shared/mediaStatement/unfilledGaps.js'

describe('the media statement template', () => {
  const skeleton = createMediaStatementSkeleton()
  const node = getReportSchema().nodeFromJSON(skeleton)

  it('has the five parts of a statement in order, as section headings the report schema accepts', () => {
    node.check()
    const headings: string[] = []
    node.forEach((child) => {
      if (child.type.name === 'heading') {
        expect(child.attrs.level).toBe(SECTION_HEADING_LEVEL)
        expect(isSectionKind(child.attrs.sectionKind)).toBe(true)
        expect(child.attrs.sectionId).toMatch(/^sec_/)
        headings.push(child.textContent)
      }
    })
    expect(headings).toEqual(['What happened', 'The review', 'Key lessons', 'What has changed', 'Press enquiries'])
  })

  it('gives each section a draft sentence with gaps to fill, and a press contact that is a gap, not an address', () => {
    for (const section of MEDIA_STATEMENT_TEMPLATE) expect(section.draft.join(' ')).toMatch(/\[[^\]]+\]/)
    expect(node.textContent).not.toMatch(/@|\d/)
    expect(findUnfilledGaps(node).map((gap) => gap.text)).toContain('[press office contact]')
  })

  it('gives new section ids each time', () => {
    const ids = (json: typeof skeleton) => (json.content ?? []).filter((block) => block.type === 'heading').map((block) => block.attrs?.sectionId)
    expect(ids(createMediaStatementSkeleton())).not.toEqual(ids(createMediaStatementSkeleton()))
  })
})

describe('unfilled gaps', () => {
  const schema = getReportSchema()
  const paragraph = (...content: unknown[]) => schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph', content }] })

  it('finds each gap in square brackets left in the text', () => {
    const doc = paragraph({ type: 'text', text: 'In [month and year] a child died. Contact [press office contact].' })
    expect(findUnfilledGaps(doc).map((gap) => gap.text)).toEqual(['[month and year]', '[press office contact]'])
  })

  it('finds none once they are filled, and ignores redacted text', () => {
    const redaction = { type: 'redaction', attrs: { entityId: null, category: 'place', reason: 'other' } }
    const doc = paragraph({ type: 'text', text: 'In March 2024 a child died in ' }, { type: 'text', text: '[Northshire]', marks: [redaction] }, { type: 'text', text: '.' })
    expect(findUnfilledGaps(doc)).toEqual([])
  })
})
