import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { SECTION_ID_PATTERN } from '../../../shared/schema/ids.js'
import { findSectionIdFixes, getReportSchema } from '../../../shared/schema/index.js'

function heading(level: number, sectionId: string | null, sectionKind: string | null, text: string): JSONContent {
  return { type: 'heading', attrs: { level, sectionId, sectionKind }, content: [{ type: 'text', text }] }
}

function reportOf(...headings: JSONContent[]): ProseMirrorNode {
  return getReportSchema().nodeFromJSON({ type: 'doc', content: headings.flatMap((node) => [node, { type: 'paragraph' }]) })
}

/** Applies the fixes the way the editor plugin does, returning the fixed document. */
function applyFixes(doc: ProseMirrorNode): ProseMirrorNode {
  const tr = EditorState.create({ doc }).tr
  for (const fix of findSectionIdFixes(doc)) {
    tr.setNodeAttribute(fix.pos, 'sectionId', fix.sectionId)
    tr.setNodeAttribute(fix.pos, 'sectionKind', fix.sectionKind)
  }
  return tr.doc
}

function sectionIdsOf(doc: ProseMirrorNode): string[] {
  const ids: string[] = []
  doc.forEach((node) => {
    if (node.type.name === 'heading' && node.attrs.level === 2) ids.push(node.attrs.sectionId)
  })
  return ids
}

describe('findSectionIdFixes', () => {
  it('finds nothing to fix when every section has a unique valid id and a kind', () => {
    const doc = reportOf(heading(2, 'sec_aaaaaa', 'introduction', 'Introduction'), heading(2, 'sec_bbbbbb', 'analysis', 'Analysis'))

    expect(findSectionIdFixes(doc)).toEqual([])
  })

  it('gives a section without an id a new one and keeps its kind', () => {
    const doc = reportOf(heading(2, 'sec_aaaaaa', 'introduction', 'Introduction'), heading(2, null, 'analysis', 'Analysis'))

    const fixes = findSectionIdFixes(doc, () => 'sec_newnew')

    expect(fixes).toEqual([{ pos: expect.any(Number), sectionId: 'sec_newnew', sectionKind: 'analysis' }])
    expect(doc.nodeAt(fixes[0].pos)?.textContent).toBe('Analysis')
  })

  it('keeps the first of two sections with the same id and renumbers the second', () => {
    const doc = reportOf(heading(2, 'sec_aaaaaa', 'introduction', 'Introduction'), heading(2, 'sec_aaaaaa', 'analysis', 'Pasted analysis'))

    const fixes = findSectionIdFixes(doc, () => 'sec_newnew')

    expect(fixes).toHaveLength(1)
    expect(doc.nodeAt(fixes[0].pos)?.textContent).toBe('Pasted analysis')
    expect(fixes[0]).toMatchObject({ sectionId: 'sec_newnew', sectionKind: 'analysis' })
  })

  it('replaces a malformed id and makes an unknown kind "other"', () => {
    const doc = reportOf(heading(2, 'Introduction', 'introduction', 'Introduction'), heading(2, 'sec_bbbbbb', 'gossip', 'Notes'))

    const fixes = findSectionIdFixes(doc, () => 'sec_newnew')

    expect(fixes.map(({ sectionId, sectionKind }) => ({ sectionId, sectionKind }))).toEqual([
      { sectionId: 'sec_newnew', sectionKind: 'introduction' },
      { sectionId: 'sec_bbbbbb', sectionKind: 'other' },
    ])
  })

  it('leaves sub-headings alone', () => {
    const doc = reportOf(heading(2, 'sec_aaaaaa', 'analysis', 'Analysis'), heading(3, null, null, 'Health visiting'))

    expect(findSectionIdFixes(doc)).toEqual([])
  })

  it('leaves a report whose ids are all valid and unique once its fixes are applied', () => {
    const doc = reportOf(
      heading(2, null, null, 'One'),
      heading(2, 'sec_aaaaaa', 'analysis', 'Two'),
      heading(2, 'sec_aaaaaa', 'analysis', 'Three'),
      heading(2, 'bad id', 'other', 'Four'),
    )

    const fixed = applyFixes(doc)
    const ids = sectionIdsOf(fixed)

    expect(findSectionIdFixes(fixed)).toEqual([])
    for (const id of ids) expect(id).toMatch(SECTION_ID_PATTERN)
    expect(new Set(ids).size).toBe(4)
  })
})
