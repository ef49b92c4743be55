import { Editor } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { EditorState } from '@tiptap/pm/state'
import { renderToHTMLString } from '@tiptap/static-renderer/pm/html-string'
import { describe, expect, it } from 'vitest'
import { recommendationIdsPlugin } from '../../../shared/recommendations/blockIds.js'
import { numberRecommendations } from '../../../shared/recommendations/numbering.js'
import { FINDING_ID_PATTERN, readFindingId } from '../../../shared/schema/finding.js'
import { RECOMMENDATION_ID_PATTERN, readRecommendationAttributes } from '../../../shared/schema/recommendation.js'
import { extensions, finding, recommendation, reportJson, schema } from './fixtures.js'

type OutputSpec = [string, Record<string, string>, ...unknown[]]

/** An element as parse rules read it: only its attributes. */
const elementWith = (attributes: Record<string, string>) => ({ getAttribute: (name: string) => attributes[name] ?? null }) as unknown as HTMLElement

const renderSpec = (node: ProseMirrorNode) => node.type.spec.toDOM?.(node) as unknown as OutputSpec

function parseAttributes(nodeName: 'finding' | 'recommendation', attributes: Record<string, string>): Record<string, unknown> {
  const rule = schema.nodes[nodeName].spec.parseDOM?.[0]
  const attrs = rule && 'getAttrs' in rule ? rule.getAttrs?.(elementWith(attributes)) : null
  return { ...schema.nodes[nodeName].create().attrs, ...(attrs || {}) }
}

const editor = () =>
  new Editor({ extensions, element: null, content: reportJson([finding('fnd_aaaaaa', 'Nobody spoke to the child.')], [recommendation('rcm_aaaaaa', 'Speak to the child.', { findingId: 'fnd_aaaaaa', addressees: ['board'] })]) })

describe('the recommendation and finding nodes', () => {
  it('read back from their HTML with every attribute they had', () => {
    const recommendationNode = schema.nodeFromJSON(recommendation('rcm_aaaaaa', 'Speak to the child.', { findingId: 'fnd_bbbbbb', addressees: ['board', 'police'] }))
    const findingNode = schema.nodeFromJSON(finding('fnd_bbbbbb', 'Nobody spoke to the child.'))
    const [tag, attributes] = renderSpec(recommendationNode)

    expect(tag).toBe('div')
    expect(attributes).toMatchObject({ 'data-recommendation-id': 'rcm_aaaaaa', 'data-finding-id': 'fnd_bbbbbb', 'data-addressees': '["board","police"]' })
    expect(parseAttributes('recommendation', attributes)).toEqual(recommendationNode.attrs)
    expect(parseAttributes('finding', renderSpec(findingNode)[1])).toEqual(findingNode.attrs)
  })

  it('round-trip through HTML text without a number in it', () => {
    const html = renderToHTMLString({ extensions, content: reportJson([finding('fnd_aaaaaa', 'Nobody spoke to the child.')], [recommendation('rcm_aaaaaa', 'Speak to the child.', { findingId: 'fnd_aaaaaa' })]) })

    expect(html).toContain('<div data-finding="" class="finding" data-finding-id="fnd_aaaaaa"><p>Nobody spoke to the child.</p></div>')
    expect(html).toContain('<div data-recommendation="" class="recommendation" data-recommendation-id="rcm_aaaaaa" data-finding-id="fnd_aaaaaa"><p>Speak to the child.</p></div>')
    expect(html).not.toMatch(/Recommendation 1/)
  })

  it('read wrong attributes from HTML or the document as safe defaults', () => {
    expect(parseAttributes('recommendation', { 'data-recommendation-id': 'rcm_<b>', 'data-finding-id': 'javascript:x', 'data-addressees': '[1, "Board!", "police", "police"' })).toMatchObject({
      recommendationId: null,
      findingId: null,
      addressees: [],
    })
    expect(parseAttributes('recommendation', { 'data-addressees': '["police", 7, "police", "board"]' }).addressees).toEqual(['police', 'board'])
    expect(readRecommendationAttributes({ recommendationId: 42, findingId: { id: 'fnd_aaaaaa' }, addressees: 'board' })).toEqual({ recommendationId: null, findingId: null, addressees: [] })
    expect(readFindingId('fnd_AAAAAA')).toBeNull()
  })

  it('insert a new recommendation and finding with fresh ids, and link and address a recommendation', () => {
    const instance = editor()
    const end = instance.state.doc.content.size
    expect(instance.commands.insertRecommendation({ text: 'Audit the referrals.', addressees: ['police'] }, end)).toBe(true)
    expect(instance.commands.insertFinding('Referrals were lost.', instance.state.doc.child(0).nodeSize)).toBe(true)

    const [first, second] = numberRecommendations(instance.state.doc)
    expect(second).toMatchObject({ number: 2, text: 'Audit the referrals.', addressees: ['police'], finding: null })
    expect(second.recommendationId).toMatch(RECOMMENDATION_ID_PATTERN)
    expect(instance.state.doc.child(1).attrs.findingId).toMatch(FINDING_ID_PATTERN)

    const newFindingId = instance.state.doc.child(1).attrs.findingId
    expect(instance.commands.setRecommendationFinding(second.pos, newFindingId)).toBe(true)
    expect(instance.commands.setRecommendationAddressees(first.pos, ['board', 'police', 'Not an id'])).toBe(true)
    expect(instance.commands.setRecommendationFinding(1, newFindingId)).toBe(false)

    const [updatedFirst, updatedSecond] = numberRecommendations(instance.state.doc)
    expect(updatedFirst.addressees).toEqual(['board', 'police'])
    expect(updatedSecond.finding).toEqual({ findingId: newFindingId, number: 1, text: 'Referrals were lost.' })
    instance.destroy()
  })

  it('gives a pasted copy of a recommendation an id of its own, keeping the original its id', () => {
    const report = schema.nodeFromJSON(reportJson([finding('fnd_aaaaaa', 'Nobody spoke to the child.')], [recommendation('rcm_aaaaaa', 'Speak to the child.', { findingId: 'fnd_aaaaaa', addressees: ['board'] })]))
    const state = EditorState.create({ doc: report, plugins: [recommendationIdsPlugin()] })
    const copy = schema.nodeFromJSON(recommendation('rcm_aaaaaa', 'Speak to the child.', { findingId: 'fnd_aaaaaa', addressees: ['board'] }))
    const { state: pastedState } = state.applyTransaction(state.tr.insert(report.content.size, copy))

    const [original, pasted] = numberRecommendations(pastedState.doc)
    expect(original.recommendationId).toBe('rcm_aaaaaa')
    expect(pasted.recommendationId).toMatch(RECOMMENDATION_ID_PATTERN)
    expect(pasted.recommendationId).not.toBe('rcm_aaaaaa')
    expect(pasted).toMatchObject({ findingId: 'fnd_aaaaaa', addressees: ['board'] })
  })
})
