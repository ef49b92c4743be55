import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { describe, expect, it } from 'vitest'
import { findBlockIdFixes } from '../../../shared/recommendations/blockIds.js'
import { numberFindings, numberRecommendations } from '../../../shared/recommendations/numbering.js'
import { finding, recommendation, reportOf } from './fixtures.js'

function applyFixes(doc: ProseMirrorNode): ProseMirrorNode {
  const tr = EditorState.create({ doc }).tr
  for (const fix of findBlockIdFixes(doc)) tr.setNodeAttribute(fix.pos, fix.attribute, fix.id)
  return tr.doc
}

const newIds = { findingId: () => 'fnd_newnew', recommendationId: () => 'rcm_newnew' }

describe('findBlockIdFixes', () => {
  it('finds nothing to fix when every finding and recommendation has its own valid id', () => {
    expect(findBlockIdFixes(reportOf([finding('fnd_aaaaaa', 'A.')], [recommendation('rcm_aaaaaa', 'A.'), recommendation('rcm_bbbbbb', 'B.')]))).toEqual([])
  })

  it('keeps the first of two recommendations with the same id and gives the other a new one', () => {
    const report = reportOf([], [recommendation('rcm_aaaaaa', 'Original.'), recommendation('rcm_aaaaaa', 'Pasted copy.')])

    const fixes = findBlockIdFixes(report, newIds)

    expect(fixes).toEqual([{ pos: expect.any(Number), attribute: 'recommendationId', id: 'rcm_newnew' }])
    expect(report.nodeAt(fixes[0].pos)?.textContent).toBe('Pasted copy.')
  })

  it('keeps the id on the half with text when a split leaves an empty copy before it', () => {
    const report = reportOf([], [recommendation('rcm_aaaaaa', ''), recommendation('rcm_aaaaaa', 'The text the actions answer.')])

    const fixes = findBlockIdFixes(report, newIds)

    expect(fixes).toHaveLength(1)
    expect(report.nodeAt(fixes[0].pos)?.textContent).toBe('')
  })

  it('gives findings and recommendations with a missing or malformed id a new one', () => {
    const report = reportOf([finding('fnd_aaaaaa', 'A.'), { type: 'finding', attrs: { findingId: 'fnd_aaaaaa' }, content: [{ type: 'paragraph' }] }], [{ type: 'recommendation', content: [{ type: 'paragraph' }] }])

    expect(findBlockIdFixes(report, newIds).map(({ attribute, id }) => [attribute, id])).toEqual([
      ['findingId', 'fnd_newnew'],
      ['recommendationId', 'rcm_newnew'],
    ])
  })

  it('leaves every id unique once its fixes are applied', () => {
    const report = reportOf(
      [finding('fnd_aaaaaa', 'A.'), finding('fnd_aaaaaa', 'A again.'), finding('fnd_aaaaaa', 'And again.')],
      [recommendation('rcm_aaaaaa', 'A.'), recommendation('rcm_aaaaaa', 'A again.'), { type: 'recommendation', content: [{ type: 'paragraph' }] }],
    )

    const fixed = applyFixes(report)

    expect(new Set(numberFindings(fixed).map(({ findingId }) => findingId)).size).toBe(3)
    expect(new Set(numberRecommendations(fixed).map(({ recommendationId }) => recommendationId)).size).toBe(3)
    expect(findBlockIdFixes(fixed)).toEqual([])
  })
})
