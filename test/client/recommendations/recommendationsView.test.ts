import { describe, expect, it } from 'vitest'
import { addresseeChoices, findingChoices, findRecommendation, recommendationsView, toggleAddressee } from '../../../client/recommendations/recommendationsView'
import { finding, recommendation, reportOf } from '../../shared/recommendations/fixtures'

const AGENCIES = [{ id: 'police', name: 'Police' }]

const report = reportOf(
  [finding('fnd_aaaaaa', 'Information was not shared.'), finding('fnd_bbbbbb', '')],
  [
    recommendation('rcm_aaaaaa', 'Share it.', { findingId: 'fnd_aaaaaa', addressees: ['board'] }),
    recommendation('rcm_bbbbbb', 'Record it.', { findingId: 'fnd_gone000', addressees: ['gone-agency'] }),
  ],
)

describe('recommendationsView', () => {
  it('numbers the recommendations and puts each warning with its recommendation', () => {
    const view = recommendationsView(report, AGENCIES)
    expect(view.recommendations.map(({ number, text }) => [number, text])).toEqual([
      [1, 'Share it.'],
      [2, 'Record it.'],
    ])
    expect(view.overall).toEqual([])
    expect(view.byNumber.get(1)).toBeUndefined()
    expect(view.byNumber.get(2)?.map((warning) => warning.code)).toEqual(['finding-missing', 'unknown-addressee'])
  })

  it('does not call an addressee unknown while the agencies load', () => {
    expect(recommendationsView(report, null).byNumber.get(2)?.map((warning) => warning.code)).toEqual(['finding-missing'])
  })

  it('warns about the whole when there are too many', () => {
    const many = reportOf([], Array.from({ length: 11 }, (_, index) => recommendation(`rcm_many${String(index).padStart(2, '0')}`, 'Do it.', { findingId: 'fnd_aaaaaa', addressees: ['board'] })))
    expect(recommendationsView(many, AGENCIES).overall.map((warning) => warning.code)).toEqual(['too-many'])
  })
})

describe('the choices of a recommendation', () => {
  it('offers no finding, each finding numbered, and the gone finding it still names', () => {
    const view = recommendationsView(report, AGENCIES)
    expect(findingChoices(view.findings, view.recommendations[0])).toEqual([
      { value: '', label: 'No finding yet' },
      { value: 'fnd_aaaaaa', label: 'Finding 1: Information was not shared.' },
      { value: 'fnd_bbbbbb', label: 'Finding 2: no text yet' },
    ])
    expect(findingChoices(view.findings, view.recommendations[1]).at(-1)).toEqual({ value: 'fnd_gone000', label: 'A finding no longer in the report' })
  })

  it('offers the board, then each agency, and keeps the order ticked', () => {
    expect(addresseeChoices(AGENCIES)).toEqual([
      { value: 'board', label: 'The safeguarding board' },
      { value: 'police', label: 'Police' },
    ])
    expect(toggleAddressee(['police'], 'board', true)).toEqual(['police', 'board'])
    expect(toggleAddressee(['police', 'board'], 'board', true)).toEqual(['police', 'board'])
    expect(toggleAddressee(['police', 'gone', 'board'], 'police', false)).toEqual(['gone', 'board'])
  })

  it('finds a recommendation again by its id after others moved it', () => {
    const moved = reportOf([], [recommendation('rcm_cccccc', 'New.'), recommendation('rcm_aaaaaa', 'Share it.')])
    expect(findRecommendation(moved, { recommendationId: 'rcm_aaaaaa', number: 1 })?.number).toBe(2)
    expect(findRecommendation(moved, { recommendationId: 'rcm_zzzzzz', number: 1 })).toBeNull()
  })
})
