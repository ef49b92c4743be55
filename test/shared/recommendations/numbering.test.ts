import { describe, expect, it } from 'vitest'
import { numberFindings, numberRecommendations, recommendationNumbers } from '../../../shared/recommendations/numbering.js'
import { finding, recommendation, reportOf } from './fixtures.js'

const findings = [finding('fnd_aaaaaa', 'The child was not seen alone.'), finding('fnd_bbbbbb', 'Referrals were not followed up.')]

describe('numbering findings and recommendations', () => {
  it('numbers each in document order, from 1', () => {
    const report = reportOf(findings, [recommendation('rcm_cccccc', 'Third written, first in the report.'), recommendation('rcm_aaaaaa', 'Second.'), recommendation('rcm_bbbbbb', 'Third.')])

    expect(numberFindings(report).map(({ findingId, number }) => [findingId, number])).toEqual([
      ['fnd_aaaaaa', 1],
      ['fnd_bbbbbb', 2],
    ])
    expect(numberRecommendations(report).map(({ recommendationId, number, text }) => [recommendationId, number, text])).toEqual([
      ['rcm_cccccc', 1, 'Third written, first in the report.'],
      ['rcm_aaaaaa', 2, 'Second.'],
      ['rcm_bbbbbb', 3, 'Third.'],
    ])
  })

  it('gives each recommendation the number and text of the finding it answers, and its addressees', () => {
    const report = reportOf(findings, [
      recommendation('rcm_aaaaaa', 'Follow up every referral.', { findingId: 'fnd_bbbbbb', addressees: ['board', 'police'] }),
      recommendation('rcm_bbbbbb', 'No finding yet.'),
      recommendation('rcm_cccccc', 'Its finding was deleted.', { findingId: 'fnd_zzzzzz' }),
    ])

    const [answered, unlinked, orphaned] = numberRecommendations(report)

    expect(answered).toMatchObject({ number: 1, finding: { findingId: 'fnd_bbbbbb', number: 2, text: 'Referrals were not followed up.' }, addressees: ['board', 'police'] })
    expect(unlinked).toMatchObject({ number: 2, findingId: null, finding: null, addressees: [] })
    expect(orphaned).toMatchObject({ number: 3, findingId: 'fnd_zzzzzz', finding: null })
  })

  it('renumbers the rest when one is deleted or moved', () => {
    const before = reportOf(findings, [recommendation('rcm_aaaaaa', 'One.'), recommendation('rcm_bbbbbb', 'Two.'), recommendation('rcm_cccccc', 'Three.')])
    const first = numberRecommendations(before)[0]
    const withoutFirst = before.copy(before.content.cut(0, first.pos).append(before.content.cut(first.pos + before.nodeAt(first.pos)!.nodeSize)))

    expect([...recommendationNumbers(numberRecommendations(withoutFirst))]).toEqual([
      ['rcm_bbbbbb', 1],
      ['rcm_cccccc', 2],
    ])
  })

  it('numbers recommendations nested in other blocks too, and counts none in an empty report', () => {
    expect(numberRecommendations(reportOf([], []))).toEqual([])
    const quoted = reportOf([], [{ type: 'blockquote', content: [recommendation('rcm_aaaaaa', 'Quoted.')] }, recommendation('rcm_bbbbbb', 'Plain.')])
    expect(numberRecommendations(quoted).map(({ number }) => number)).toEqual([1, 2])
  })
})
