import { describe, expect, it } from 'vitest'
import { recommendationNote, withNumberedBlocks } from '../../../shared/recommendations/numberedBlocks.js'
import { FINDING, RECOMMENDATION } from '../../../shared/schema/index.js'
import { composeExecutiveSummary } from '../../../shared/summary/executiveSummary.js'
import { finding, recommendation, reportOf, schema } from './fixtures.js'

const AGENCIES = [
  { id: 'police', name: 'Police' },
  { id: 'health', name: 'Community Health' },
]

const paragraphTexts = (node: ReturnType<typeof reportOf>) => {
  const texts: string[] = []
  node.descendants((child) => {
    if (child.type.name === 'paragraph') texts.push(child.textContent)
    return !child.isTextblock
  })
  return texts
}

describe('withNumberedBlocks', () => {
  it('turns findings and recommendations into numbered paragraphs, in document order', () => {
    const report = reportOf(
      [finding('fnd_aaaaaa', 'Information was not shared.'), finding('fnd_bbbbbb', 'Child K was not seen alone.')],
      [
        recommendation('rcm_aaaaaa', 'Agencies should record who was present.', { findingId: 'fnd_bbbbbb', addressees: ['board', 'police'] }),
        recommendation('rcm_bbbbbb', 'The board should audit referrals.'),
      ],
    )
    const numbered = withNumberedBlocks(report, AGENCIES)
    const types = new Set<string>()
    numbered.descendants((node) => void types.add(node.type.name))
    expect(types.has(FINDING) || types.has(RECOMMENDATION)).toBe(false)
    expect(paragraphTexts(numbered)).toEqual([
      'Finding 1: Information was not shared.',
      'Finding 2: Child K was not seen alone.',
      'Recommendation 1: Agencies should record who was present. (addressed to the safeguarding board and Police, answers finding 2)',
      'Recommendation 2: The board should audit referrals.',
    ])
  })

  it('labels an empty block, keeps every paragraph and the marks inside, and leaves a report without them as it is', () => {
    const json = { type: 'doc', content: [{ type: RECOMMENDATION, attrs: { recommendationId: 'rcm_cccccc', addressees: ['health'] }, content: [{ type: 'paragraph' }, { type: 'paragraph', content: [{ type: 'text', text: 'Second', marks: [{ type: 'italic' }] }] }] }] }
    const numbered = withNumberedBlocks(schema.nodeFromJSON(json), AGENCIES)
    expect(paragraphTexts(numbered)).toEqual(['Recommendation 1', 'Second (addressed to Community Health)'])
    expect(numbered.child(1).firstChild?.marks.map((mark) => mark.type.name)).toEqual(['italic'])
    expect(numbered.child(0).firstChild?.marks.map((mark) => mark.type.name)).toEqual(['bold'])
    const plain = reportOf([], [])
    expect(withNumberedBlocks(plain)).toBe(plain)
  })

  it('says a finding that is gone or an agency the review no longer has by leaving it out', () => {
    expect(recommendationNote({ addressees: ['police', 'gone'], finding: null }, AGENCIES)).toBe('(addressed to Police)')
    expect(recommendationNote({ addressees: [], finding: { findingId: 'fnd_aaaaaa', number: 3, text: '' } }, AGENCIES)).toBe('(answers finding 3)')
    expect(recommendationNote({ addressees: [], finding: null }, AGENCIES)).toBe('')
  })
})

const NO_ROLES = { boardName: '', boardChair: '', panelChair: '', overviewAuthor: '', panelMembers: [] }

describe('composeExecutiveSummary with recommendations', () => {
  it('makes a redacted name inside a recommendation its pseudonym, after the number', () => {
    const redacted = { type: 'text', text: 'Jane Smith', marks: [{ type: 'redaction', attrs: { entityId: 'mother000001', category: 'family', reason: null } }] }
    const json = reportOf([], []).toJSON()
    json.content[1].attrs.audience = 'summary'
    json.content.push({ type: RECOMMENDATION, attrs: { recommendationId: 'rcm_dddddd', findingId: null, addressees: [] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Listen to ' }, redacted, { type: 'text', text: '.' }] }] })
    const register = [{ id: 'mother000001', realName: 'Jane Smith', aliases: [], category: 'family' as const, pseudonym: 'Mother' }]
    const summary = composeExecutiveSummary(schema.nodeFromJSON(json), register, NO_ROLES, AGENCIES)
    const text = JSON.stringify(summary.doc)
    expect(text).not.toContain('Jane')
    const last = summary.doc.content?.at(-1)
    expect((last?.content ?? []).map((child) => child.text).join('')).toBe('Recommendation 1: Listen to Mother.')
  })

  it('numbers them by their place in the whole report, with the agencies named', () => {
    const report = reportOf([finding('fnd_aaaaaa', 'Information was not shared.')], [recommendation('rcm_aaaaaa', 'Share it.', { findingId: 'fnd_aaaaaa', addressees: ['health'] })])
    // Only the Recommendations section goes into the summary; the finding it answers keeps its number.
    const json = report.toJSON()
    json.content[2].attrs.audience = 'both'
    const summary = composeExecutiveSummary(schema.nodeFromJSON(json), [], NO_ROLES, AGENCIES)
    const texts = (summary.doc.content ?? []).map((node) => (node.content ?? []).map((child) => child.text ?? '').join(''))
    expect(texts).toEqual(['Recommendations', 'Recommendation 1: Share it. (addressed to Community Health, answers finding 1)'])
  })
})
