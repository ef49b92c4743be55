import { describe, expect, it } from 'vitest'
import type { MergedChronologyEntry } from '../../../shared/api/imrs.js'
import { compareExcerpt, excerptSourcesOf, updatedExcerpt } from '../../../shared/excerpts/excerptComparison.js'
import { excerptFromAnalysis, excerptFromEntries } from '../../../shared/excerpts/excerptContent.js'
import { HEALTH, entry } from './fixtures.js'

const chronologyOf = (...entries: MergedChronologyEntry[]) => ({ agencies: [{ id: 'health', name: HEALTH.name, status: 'received' as const }], entries, revision: '1' })

describe('compareExcerpt', () => {
  const first = entry('ent_aaaaaaaa')
  const second = entry('ent_bbbbbbbb', { date: { precision: 'day', date: '2012-05-02' } })
  const excerpt = excerptFromEntries(HEALTH, [first, second])

  it('finds an excerpt unchanged while its entries are as they were', () => {
    expect(compareExcerpt(excerpt.attrs, excerptSourcesOf(chronologyOf(first, second)))).toEqual({ state: 'unchanged' })
  })

  it('lists each field that changed, before and after, with the entry it is in', () => {
    const changed = { ...second, event: 'Telephone call instead.', time: null }

    expect(compareExcerpt(excerpt.attrs, excerptSourcesOf(chronologyOf(first, changed)))).toEqual({
      state: 'changed',
      changes: [
        { label: 'Time (2 May 2012)', before: '10:30', after: 'No time' },
        { label: 'What happened (2 May 2012)', before: second.event, after: 'Telephone call instead.' },
      ],
    })
  })

  it('says one entry of a range was deleted, and the source deleted when all are', () => {
    expect(compareExcerpt(excerpt.attrs, excerptSourcesOf(chronologyOf(first)))).toEqual({ state: 'changed', changes: [{ label: 'Entry', before: '2 May 2012', after: 'Deleted' }] })
    expect(compareExcerpt(excerpt.attrs, excerptSourcesOf(chronologyOf()))).toEqual({ state: 'deleted' })
  })

  it('claims nothing about an agency whose sources were not read, or an excerpt without a snapshot', () => {
    expect(compareExcerpt(excerpt.attrs, excerptSourcesOf(null))).toEqual({ state: 'unknown' })
    expect(compareExcerpt({ ...excerpt.attrs, snapshot: '{not json' }, excerptSourcesOf(chronologyOf()))).toEqual({ state: 'unknown' })
  })

  it('does not take an entry of another agency with the same id for the source', () => {
    expect(compareExcerpt(excerpt.attrs, excerptSourcesOf(chronologyOf({ ...first, agencyId: 'police' }, { ...second, agencyId: 'police' })))).toEqual({ state: 'deleted' })
  })

  it('compares an analysis excerpt with the paragraph as it is now', () => {
    const analysis = excerptFromAnalysis(HEALTH, { id: 'par_aaaaaaaa', text: 'Before.' })
    const sourcesWith = (paragraphs: Array<{ id: string; text: string }>) => excerptSourcesOf(null, [{ agencyId: 'health', paragraphs }])

    expect(compareExcerpt(analysis.attrs, sourcesWith([{ id: 'par_aaaaaaaa', text: 'Before.' }]))).toEqual({ state: 'unchanged' })
    expect(compareExcerpt(analysis.attrs, sourcesWith([{ id: 'par_aaaaaaaa', text: 'After.' }]))).toEqual({ state: 'changed', changes: [{ label: 'Text', before: 'Before.', after: 'After.' }] })
    expect(compareExcerpt(analysis.attrs, sourcesWith([]))).toEqual({ state: 'deleted' })
    expect(compareExcerpt(analysis.attrs, excerptSourcesOf(null))).toEqual({ state: 'unknown' })
  })
})

describe('updatedExcerpt', () => {
  it('makes the excerpt anew from the entries left, and it then compares unchanged', () => {
    const first = entry('ent_aaaaaaaa')
    const second = entry('ent_bbbbbbbb', { date: { precision: 'day', date: '2012-05-02' } })
    const excerpt = excerptFromEntries(HEALTH, [first, second])
    const sources = excerptSourcesOf(chronologyOf({ ...first, event: 'Changed.' }))

    const updated = updatedExcerpt(excerpt.attrs, sources)

    expect(updated?.attrs).toMatchObject({ sourceKind: 'entry', sourceIds: ['ent_aaaaaaaa'], dateLabel: '14 March 2012' })
    expect(updated && compareExcerpt(updated.attrs, sources)).toEqual({ state: 'unchanged' })
    expect(updatedExcerpt(excerpt.attrs, excerptSourcesOf(chronologyOf()))).toBeNull()
  })
})
