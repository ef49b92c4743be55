import { describe, expect, it } from 'vitest'
import { UpdatePublicationSchema } from '../../../shared/api/publication.js'
import { addMonths, earliestComeDownDate, formatLongDate } from '../../../shared/publication/publicationDates.js'
import { publicationProblems, type PublicationRecordFields } from '../../../shared/publication/publicationRules.js'
import { publicationSummary } from '../../../shared/publication/publicationSummary.js'

const record = (fields: Partial<PublicationRecordFields>): PublicationRecordFields => ({ status: 'not-published', reason: '', publishedOn: null, comesDownOn: null, ...fields })
const fieldsOf = (fields: Partial<PublicationRecordFields>) => publicationProblems(record(fields)).map((problem) => problem.field)

describe('the 12 months a report stays published', () => {
  it('ends on the same day a year later', () => {
    expect(earliestComeDownDate('2026-03-05')).toBe('2027-03-05')
    expect(earliestComeDownDate('2026-12-31')).toBe('2027-12-31')
  })

  it('ends on 28 February after a publication on 29 February, never in March', () => {
    expect(earliestComeDownDate('2028-02-29')).toBe('2029-02-28')
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28')
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29')
  })

  it('refuses a date it may come down before then, saying the earliest date', () => {
    expect(publicationProblems(record({ status: 'published', publishedOn: '2026-03-05', comesDownOn: '2027-03-04' }))).toEqual([
      { field: 'comesDownOn', message: 'The date it may come down must be on or after 5 March 2027, 12 months after publication' },
    ])
    expect(fieldsOf({ status: 'published', publishedOn: '2026-03-05', comesDownOn: '2027-03-05' })).toEqual([])
    expect(fieldsOf({ status: 'published', publishedOn: '2028-02-29', comesDownOn: '2029-02-28' })).toEqual([])
    expect(fieldsOf({ status: 'published', publishedOn: '2028-02-29', comesDownOn: '2029-02-27' })).toEqual(['comesDownOn'])
  })

  it('names the date it came down as such once no longer published', () => {
    expect(publicationProblems(record({ status: 'withdrawn', publishedOn: '2026-03-05', comesDownOn: '2027-03-04' }))).toEqual([
      { field: 'comesDownOn', message: 'The date it came down must be on or after 5 March 2027, 12 months after publication' },
    ])
  })
})

describe("what each status needs", () => {
  it('needs a reason when delayed or withheld', () => {
    expect(fieldsOf({ status: 'delayed' })).toEqual(['reason'])
    expect(fieldsOf({ status: 'withheld', reason: '  ' })).toEqual(['reason'])
    expect(fieldsOf({ status: 'delayed', reason: 'Criminal trial of the father, listed for June.' })).toEqual([])
  })

  it('needs the publication date once published, and the date it came down once no longer published', () => {
    expect(fieldsOf({ status: 'published' })).toEqual(['publishedOn'])
    expect(fieldsOf({ status: 'published', publishedOn: '2026-03-05' })).toEqual([])
    expect(fieldsOf({ status: 'withdrawn' })).toEqual(['publishedOn', 'comesDownOn'])
    expect(fieldsOf({ status: 'withdrawn', publishedOn: '2026-03-05', comesDownOn: '2027-06-01' })).toEqual([])
  })

  it('needs nothing while not yet published', () => {
    expect(fieldsOf({})).toEqual([])
  })

  it('is checked with the request body, problems under their field', () => {
    const parsed = UpdatePublicationSchema.safeParse({ status: 'published', reason: '', publishedOn: '2026-03-05', comesDownOn: '2026-09-01' })
    expect(parsed.success).toBe(false)
    expect(parsed.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['comesDownOn'])
  })
})

describe('the publication in one line', () => {
  it('says when it was published and when it may come down', () => {
    expect(publicationSummary({ status: 'published', publishedOn: '2026-03-05', comesDownOn: null })).toBe('Published 5 March 2026, may come down from 5 March 2027')
    expect(publicationSummary({ status: 'published', publishedOn: '2026-03-05', comesDownOn: '2027-06-30' })).toBe('Published 5 March 2026, may come down from 30 June 2027')
    expect(publicationSummary({ status: 'delayed', publishedOn: null, comesDownOn: null })).toBe('Delayed: parallel proceedings')
    expect(publicationSummary({ status: 'withdrawn', publishedOn: '2026-03-05', comesDownOn: '2027-06-30' })).toBe('No longer published: came down 30 June 2027')
    expect(formatLongDate('2029-02-28')).toBe('28 February 2029')
  })
})
