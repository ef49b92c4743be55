import { describe, expect, it } from 'vitest'
import { dateRangeLabel, entrySentence, excerptFromAnalysis, excerptFromEntries } from '../../../shared/excerpts/excerptContent.js'
import { readSnapshot } from '../../../shared/excerpts/excerptSnapshot.js'
import { HEALTH, entry } from './fixtures.js'

const day = (date: string) => ({ precision: 'day' as const, date })

describe('dateRangeLabel', () => {
  it.each([
    [day('2012-03-14'), day('2012-03-14'), '14 March 2012'],
    [day('2012-03-14'), day('2012-03-20'), '14 to 20 March 2012'],
    [day('2012-03-14'), day('2012-05-02'), '14 March to 2 May 2012'],
    [day('2012-03-14'), day('2013-05-02'), '14 March 2012 to 2 May 2013'],
    [{ precision: 'month' as const, month: '2012-03' }, day('2012-05-02'), 'March 2012 (month only) to 2 May 2012'],
    [day('2012-03-14'), { precision: 'approximate' as const, date: '2012-05-02' }, '14 March 2012 to about 2 May 2012'],
  ])('reads %j to %j as %j', (first, last, label) => {
    expect(dateRangeLabel(first, last)).toBe(label)
  })
})

describe('entrySentence', () => {
  it('reads an entry as one sentence: when, who, what happened and the source', () => {
    expect(entrySentence(entry('ent_aaaaaaaa'))).toBe('14 March 2012, 10:30. Health Visitor: Home visit. Child K seen with Mother. (Source: Health visiting record)')
  })

  it('leaves out a missing time and source, and keeps what happened on one line', () => {
    expect(entrySentence(entry('ent_aaaaaaaa', { time: null, source: '', event: 'Visit.\n\nNo answer at the door.' }))).toBe('14 March 2012. Health Visitor: Visit. No answer at the door.')
  })
})

describe('excerptFromEntries', () => {
  it('makes one paragraph per entry, with the agency, the date range and a snapshot of each entry', () => {
    const first = entry('ent_aaaaaaaa')
    const last = entry('ent_bbbbbbbb', { date: day('2012-05-02'), time: null, event: 'Telephone call.' })

    const excerpt = excerptFromEntries(HEALTH, [first, last])

    expect(excerpt.attrs).toMatchObject({ agencyId: 'health', agencyName: HEALTH.name, sourceKind: 'entries', sourceIds: ['ent_aaaaaaaa', 'ent_bbbbbbbb'], dateLabel: '14 March to 2 May 2012' })
    expect(excerpt.content.map((paragraph) => paragraph.content?.[0]?.text)).toEqual([entrySentence(first), entrySentence(last)])
    expect(readSnapshot(excerpt.attrs.snapshot)).toEqual({
      kind: 'entries',
      entries: [first, last].map(({ id, date, time, practitionerRole, event, source }) => ({ id, date, time, practitionerRole, event, source })),
    })
  })

  it('calls an excerpt of one entry an entry', () => {
    expect(excerptFromEntries(HEALTH, [entry('ent_aaaaaaaa')]).attrs).toMatchObject({ sourceKind: 'entry', dateLabel: '14 March 2012' })
  })
})

describe('excerptFromAnalysis', () => {
  it('quotes the paragraph with no date, and keeps its id and text', () => {
    const excerpt = excerptFromAnalysis(HEALTH, { id: 'par_aaaaaaaa', text: 'The service did not see Child K alone.' })

    expect(excerpt.attrs).toMatchObject({ sourceKind: 'analysis', sourceIds: ['par_aaaaaaaa'], dateLabel: '' })
    expect(excerpt.content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'The service did not see Child K alone.' }] }])
    expect(readSnapshot(excerpt.attrs.snapshot)).toEqual({ kind: 'analysis', paragraph: { id: 'par_aaaaaaaa', text: 'The service did not see Child K alone.' } })
  })
})
