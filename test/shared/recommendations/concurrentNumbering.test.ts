import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState, type Transaction } from '@tiptap/pm/state'
import { prosemirrorJSONToYXmlFragment, updateYFragment, yXmlFragmentToProseMirrorRootNode, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { recommendationIdsPlugin } from '../../../shared/recommendations/blockIds.js'
import { numberRecommendations } from '../../../shared/recommendations/numbering.js'
import { findRecommendationWarnings } from '../../../shared/recommendations/warnings.js'
import { DOCUMENT_FRAGMENT } from '../../../shared/schema/index.js'
import { finding, recommendation, reportJson, schema } from './fixtures.js'

/** Two collaborators who start from the same report. */
function twoCollaborators(recommendations: JSONContent[], findings: JSONContent[] = [finding('fnd_aaaaaa', 'A finding.')]): [Y.Doc, Y.Doc] {
  const first = new Y.Doc()
  prosemirrorJSONToYXmlFragment(schema, reportJson(findings, recommendations), first.getXmlFragment(DOCUMENT_FRAGMENT))
  const second = new Y.Doc()
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first))
  return [first, second]
}

function exchangeUpdates(first: Y.Doc, second: Y.Doc): void {
  const toSecond = Y.encodeStateAsUpdate(first, Y.encodeStateVector(second))
  const toFirst = Y.encodeStateAsUpdate(second, Y.encodeStateVector(first))
  Y.applyUpdate(second, toSecond)
  Y.applyUpdate(first, toFirst)
}

/** A local edit as the editor makes it: a transaction, the id fix-up appended to it, written back through the binding's diff. */
function edit(doc: Y.Doc, change: (tr: Transaction, report: ProseMirrorNode) => void): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const state = EditorState.create({ doc: yXmlFragmentToProseMirrorRootNode(fragment, schema), plugins: [recommendationIdsPlugin()] })
  const tr = state.tr
  change(tr, state.doc)
  updateYFragment(doc, fragment, state.applyTransaction(tr).state.doc, { mapping: new Map(), isOMark: new Map() })
}

/** The report as the server reads it back: JSON from the fragment, through the schema. */
const reportIn = (doc: Y.Doc) => schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(DOCUMENT_FRAGMENT)))

const numbered = (doc: Y.Doc) => numberRecommendations(reportIn(doc)).map(({ number, recommendationId, text }) => ({ number, recommendationId, text }))

const positionOf = (report: ProseMirrorNode, recommendationId: string) => numberRecommendations(report).find((item) => item.recommendationId === recommendationId)!.pos

const insertBefore = (recommendationId: string, json: JSONContent) => (tr: Transaction, report: ProseMirrorNode) => tr.insert(positionOf(report, recommendationId), schema.nodeFromJSON(json))

const insertAtEnd = (json: JSONContent) => (tr: Transaction, report: ProseMirrorNode) => tr.insert(report.content.size, schema.nodeFromJSON(json))

const remove = (recommendationId: string) => (tr: Transaction, report: ProseMirrorNode) => {
  const pos = positionOf(report, recommendationId)
  tr.delete(pos, pos + report.nodeAt(pos)!.nodeSize)
}

function expectSameNumbering(first: Y.Doc, second: Y.Doc): Array<{ number: number; recommendationId: string | null; text: string }> {
  const list = numbered(first)
  expect(numbered(second)).toEqual(list)
  expect(list.map(({ number }) => number)).toEqual(list.map((_, index) => index + 1))
  expect(new Set(list.map(({ recommendationId }) => recommendationId)).size).toBe(list.length)
  expect(list.every(({ recommendationId }) => recommendationId !== null)).toBe(true)
  return list
}

const three = () => [recommendation('rcm_aaaaaa', 'One.'), recommendation('rcm_bbbbbb', 'Two.'), recommendation('rcm_cccccc', 'Three.')]

describe('recommendation numbers under concurrent edits', () => {
  it('come out 1..n in document order on both sides when one inserts and the other deletes', () => {
    const [first, second] = twoCollaborators(three())

    edit(first, insertBefore('rcm_aaaaaa', recommendation('rcm_newfirst', 'New first.')))
    edit(second, remove('rcm_bbbbbb'))
    edit(second, insertAtEnd(recommendation('rcm_newlast', 'New last.')))
    exchangeUpdates(first, second)

    expect(expectSameNumbering(first, second)).toEqual([
      { number: 1, recommendationId: 'rcm_newfirst', text: 'New first.' },
      { number: 2, recommendationId: 'rcm_aaaaaa', text: 'One.' },
      { number: 3, recommendationId: 'rcm_cccccc', text: 'Three.' },
      { number: 4, recommendationId: 'rcm_newlast', text: 'New last.' },
    ])
  })

  it('number both when two people insert at the same place at once', () => {
    const [first, second] = twoCollaborators(three())

    edit(first, insertBefore('rcm_bbbbbb', recommendation('rcm_fromfirst', "First's.")))
    edit(second, insertBefore('rcm_bbbbbb', recommendation('rcm_fromsecond', "Second's.")))
    exchangeUpdates(first, second)

    const list = expectSameNumbering(first, second)
    expect(list).toHaveLength(5)
    expect(list.map(({ recommendationId }) => recommendationId).filter((id) => id !== 'rcm_fromfirst' && id !== 'rcm_fromsecond')).toEqual(['rcm_aaaaaa', 'rcm_bbbbbb', 'rcm_cccccc'])
    expect(list[3].recommendationId).toBe('rcm_bbbbbb')
  })

  it('number the rest when both delete, one of them the same recommendation', () => {
    const [first, second] = twoCollaborators([...three(), recommendation('rcm_dddddd', 'Four.')])

    edit(first, remove('rcm_bbbbbb'))
    edit(second, remove('rcm_bbbbbb'))
    edit(second, remove('rcm_aaaaaa'))
    exchangeUpdates(first, second)

    expect(expectSameNumbering(first, second).map(({ recommendationId, number }) => [recommendationId, number])).toEqual([
      ['rcm_cccccc', 1],
      ['rcm_dddddd', 2],
    ])
  })

  it('leave no duplicate ids when both paste a copy of the same recommendation at once', () => {
    const [first, second] = twoCollaborators(three())

    edit(first, insertAtEnd(recommendation('rcm_aaaaaa', 'One.')))
    edit(second, insertBefore('rcm_cccccc', recommendation('rcm_aaaaaa', 'One.')))
    exchangeUpdates(first, second)

    const list = expectSameNumbering(first, second)
    expect(list.map(({ text }) => text)).toEqual(['One.', 'Two.', 'One.', 'Three.', 'One.'])
    expect(list[0].recommendationId).toBe('rcm_aaaaaa')
  })

  it('mend duplicates that only the merge made, on the next local edit of either side, the same way', () => {
    const [first, second] = twoCollaborators(three())
    // Each pastes a copy above the original: the copy comes first, so it keeps the id and the original gets a new one.
    edit(first, insertBefore('rcm_aaaaaa', recommendation('rcm_aaaaaa', 'Copy from first.')))
    edit(second, insertBefore('rcm_aaaaaa', recommendation('rcm_aaaaaa', 'Copy from second.')))
    exchangeUpdates(first, second)
    const merged = numberRecommendations(reportIn(first)).map(({ recommendationId }) => recommendationId)
    expect(merged.filter((id) => id === 'rcm_aaaaaa')).toHaveLength(2)

    edit(first, insertAtEnd(recommendation('rcm_fromfirst', 'Typed by first.')))
    edit(second, insertAtEnd(recommendation('rcm_fromsecond', 'Typed by second.')))
    exchangeUpdates(first, second)

    expect(expectSameNumbering(first, second)).toHaveLength(7)
  })

  it('warn on both sides when one deletes a finding that the other links a recommendation to', () => {
    const [first, second] = twoCollaborators([recommendation('rcm_aaaaaa', 'One.', { addressees: ['board'] })], [finding('fnd_aaaaaa', 'A.'), finding('fnd_bbbbbb', 'B.')])

    edit(first, (tr, report) => tr.delete(report.child(0).nodeSize, report.child(0).nodeSize + report.child(1).nodeSize))
    edit(second, (tr, report) => tr.setNodeAttribute(positionOf(report, 'rcm_aaaaaa'), 'findingId', 'fnd_aaaaaa'))
    exchangeUpdates(first, second)

    for (const doc of [first, second]) {
      expect(findRecommendationWarnings(numberRecommendations(reportIn(doc))).map(({ code }) => code)).toEqual(['finding-missing'])
    }
  })
})

