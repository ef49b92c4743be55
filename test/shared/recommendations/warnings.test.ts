import { describe, expect, it } from 'vitest'
import { addresseesText } from '../../../shared/recommendations/addressees.js'
import { numberRecommendations } from '../../../shared/recommendations/numbering.js'
import { findRecommendationWarnings } from '../../../shared/recommendations/warnings.js'
import { finding, recommendation, reportOf, schema, section } from './fixtures.js'

const agencies = [
  { id: 'police', name: 'Police' },
  { id: 'social-care', name: "Children's Social Care" },
]

const answered = (index: number) => recommendation(`rcm_${String(index).padStart(6, 'a')}`, `Recommendation text ${index}.`, { findingId: 'fnd_aaaaaa', addressees: ['board'] })

const warningsFor = (count: number, limit?: number) => findRecommendationWarnings(numberRecommendations(reportOf([finding('fnd_aaaaaa', 'A finding.')], Array.from({ length: count }, (_, index) => answered(index)))), { limit })

describe('recommendation warnings', () => {
  it('says nothing about ten well-formed recommendations', () => {
    expect(warningsFor(10)).toEqual([])
  })

  it('warns once when there are more than the limit, giving the reason', () => {
    const warnings = warningsFor(11)

    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toMatchObject({ code: 'too-many', recommendationId: null, number: null })
    expect(warnings[0].message).toContain('guidance asks for a few, specific recommendations')
    expect(warningsFor(4, 3).map(({ code }) => code)).toEqual(['too-many'])
  })

  it('warns about a recommendation with no finding, with a finding no longer in the report, and with no addressee', () => {
    const report = reportOf(
      [finding('fnd_aaaaaa', 'A finding.')],
      [
        recommendation('rcm_aaaaaa', 'Fine.', { findingId: 'fnd_aaaaaa', addressees: ['police'] }),
        recommendation('rcm_bbbbbb', 'No finding.', { addressees: ['board'] }),
        recommendation('rcm_cccccc', 'Deleted finding, nobody.', { findingId: 'fnd_zzzzzz' }),
      ],
    )

    const warnings = findRecommendationWarnings(numberRecommendations(report))

    expect(warnings.map(({ code, number }) => [code, number])).toEqual([
      ['no-finding', 2],
      ['finding-missing', 3],
      ['no-addressee', 3],
    ])
    expect(warnings[0].message).toBe('Recommendation 2 does not say which finding it answers.')
  })

  it('warns about an agency that is no longer part of the review, when told the agencies', () => {
    const report = reportOf([finding('fnd_aaaaaa', 'A finding.')], [recommendation('rcm_aaaaaa', 'Text.', { findingId: 'fnd_aaaaaa', addressees: ['board', 'education'] })])

    expect(findRecommendationWarnings(numberRecommendations(report))).toEqual([])
    expect(findRecommendationWarnings(numberRecommendations(report), { agencies }).map(({ code }) => code)).toEqual(['unknown-addressee'])
  })

  it('names the addressees in words', () => {
    expect(addresseesText(['board', 'police', 'social-care'], agencies)).toBe("The safeguarding board, Police and Children's Social Care")
    expect(addresseesText(['police', 'gone'], agencies)).toBe('Police')
    expect(addresseesText([], agencies)).toBe('')
  })
})

describe('a recommendation outside the Recommendations section', () => {
  it('is still numbered in document order, with a warning', () => {
    const report = schema.nodeFromJSON({
      type: 'doc',
      content: [
        section('sec_keyissues', 'keyIssues', 'Key issues and findings'),
        finding('fnd_aaaaaa', 'A finding.'),
        recommendation('rcm_aaaaaa', 'Written among the findings.', { findingId: 'fnd_aaaaaa', addressees: ['board'] }),
        section('sec_recommend', 'recommendations', 'Recommendations'),
        { type: 'blockquote', content: [recommendation('rcm_bbbbbb', 'Quoted, but in its section.', { findingId: 'fnd_aaaaaa', addressees: ['board'] })] },
      ],
    })

    const recommendations = numberRecommendations(report)

    expect(recommendations.map(({ number, sectionKind }) => [number, sectionKind])).toEqual([
      [1, 'keyIssues'],
      [2, 'recommendations'],
    ])
    expect(report.nodeAt(recommendations[1].pos)?.textContent).toBe('Quoted, but in its section.')
    expect(findRecommendationWarnings(recommendations).map(({ code, number }) => [code, number])).toEqual([['outside-section', 1]])
  })
})
