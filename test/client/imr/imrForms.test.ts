import { describe, expect, it } from 'vitest'
import { EMPTY_IMR_DETAILS } from '../../../shared/imr/imrDetails'
import { checkImport, describeImportProblem, importedMessage, importErrorsFrom, importSummary, MAX_LISTED_PROBLEMS } from '../../../client/imr/chronologyImportForm'
import { checkDetails, detailsErrorsFrom, detailsSummary, detailsValuesOf, newRecommendation } from '../../../client/imr/imrDetailsForm'
import { mayChangeImr, mayReturnImr } from '../../../client/imr/imrAccess'
import { inDateOrder } from '../../../client/imr/entryOrder'
import { checkSignOff, EMPTY_SIGN_OFF, signOffSummary } from '../../../client/imr/signOffForm'

describe('the import form', () => {
  it('asks for a CSV or Word file and for what it should do', () => {
    expect(importSummary(checkImport({ file: null, mode: null }))).toEqual([
      { href: 'import-file', text: 'Select a CSV file or a Word document (.docx)' },
      { href: 'import-mode', text: 'Select whether the file replaces the chronology or adds to it' },
    ])
    expect(checkImport({ file: { name: 'chronology.xlsx', size: 10 }, mode: 'append' }).file).toMatch(/must be a CSV file or a Word document/)
    expect(checkImport({ file: { name: 'Chronology.DOCX', size: 10 }, mode: 'replace' })).toEqual({})
  })

  it('says each problem of a refused file by row and column', () => {
    const errors = importErrorsFrom({
      code: 'import_failed',
      message: 'The file has problems.',
      fields: [],
      problems: [
        { row: 3, column: 'date', message: 'Enter a real date.' },
        { row: 0, column: 'colour', message: 'There is no such column.' },
        { row: 5, column: null, message: 'The row has too many cells.' },
      ],
    })
    expect(importSummary(errors).map((error) => error.text)).toEqual([
      'Row 3, column date: Enter a real date.',
      'Header row, column colour: There is no such column.',
      'Row 5: The row has too many cells.',
    ])
  })

  it('counts the problems past the first few instead of listing hundreds', () => {
    const problems = Array.from({ length: MAX_LISTED_PROBLEMS + 5 }, (_, index) => ({ row: index + 1, column: 'event', message: 'Enter what happened.' }))
    const summary = importSummary({ problems })
    expect(summary).toHaveLength(MAX_LISTED_PROBLEMS + 1)
    expect(summary.at(-1)?.text).toMatch(/^And 5 more problems/)
  })

  it('puts a file that is too large beside the file input', () => {
    expect(importErrorsFrom({ code: 'payload_too_large', message: 'Too large.', fields: [], problems: [] })).toEqual({ file: 'The selected file must be smaller than 5MB' })
  })

  it('says how many entries came in', () => {
    expect(importedMessage(42)).toBe('42 entries imported')
    expect(importedMessage(1)).toBe('1 entry imported')
    expect(describeImportProblem({ row: 2, column: 'time', message: 'Enter a time.' })).toBe('Row 2, column time: Enter a time.')
  })
})

describe('the details form', () => {
  it('sends empty details as they are, and a date only when one is given', () => {
    const { fields, errors } = checkDetails(detailsValuesOf(EMPTY_IMR_DETAILS))
    expect(errors).toEqual({})
    expect(fields).toEqual(EMPTY_IMR_DETAILS)
  })

  it('asks to fill in or remove an empty recommendation, linked to its box', () => {
    const values = { ...detailsValuesOf(EMPTY_IMR_DETAILS), recommendations: [newRecommendation('Train staff.'), newRecommendation('  ')] }
    const { fields, errors } = checkDetails(values)
    expect(fields).toBeNull()
    expect(detailsSummary(errors)).toEqual([{ href: 'details-recommendation-2', text: 'Enter recommendation 2, or remove it' }])
  })

  it('checks the date the records were secured like any GOV.UK date', () => {
    const values = { ...detailsValuesOf(EMPTY_IMR_DETAILS), recordsSecuredOn: { day: '12', month: '', year: '2024' } }
    expect(detailsSummary(checkDetails(values).errors)).toEqual([{ href: 'details-recordsSecuredOn-month', text: 'Date the records were secured must include a month' }])
  })

  it('puts the server’s nested paths beside their fields', () => {
    const errors = detailsErrorsFrom([
      { path: 'methodology.recordsRead', message: 'Too long.' },
      { path: 'recommendations.1', message: 'Enter the recommendation, or remove it.' },
      { path: 'authorRole', message: 'Odd characters.' },
    ])
    expect(detailsSummary(errors)).toEqual([
      { href: 'details-authorRole', text: 'Odd characters.' },
      { href: 'details-recordsRead', text: 'Too long.' },
      { href: 'details-recommendation-2', text: 'Enter the recommendation, or remove it.' },
    ])
  })
})

describe('the sign-off form', () => {
  it('needs a name, a role and a date that is not in the future', () => {
    expect(signOffSummary(checkSignOff(EMPTY_SIGN_OFF, '2025-03-01').errors).map((error) => error.href)).toEqual(['sign-off-name', 'sign-off-role', 'sign-off-date-day'])
    const future = checkSignOff({ name: 'Dr Ann Lee', role: 'Chief Executive', date: { day: '2', month: '3', year: '2025' } }, '2025-03-01')
    expect(future.errors.date?.message).toBe('Date of sign-off must be today or in the past')
    const today = checkSignOff({ name: 'Dr Ann Lee', role: 'Chief Executive', date: { day: '1', month: '3', year: '2025' } }, '2025-03-01')
    expect(today.signOff).toEqual({ name: 'Dr Ann Lee', role: 'Chief Executive', date: '2025-03-01' })
  })
})

describe('who may do what with an IMR', () => {
  const agency = { capabilities: ['review.read', 'imr.read.own', 'imr.edit.own'] as const }
  const author = { capabilities: ['review.read', 'imr.read', 'imr.reopen'] as const }

  it('lets the agency change its own IMR until it is signed off, and the author return it after', () => {
    expect(mayChangeImr({ capabilities: [...agency.capabilities] }, { access: 'write', status: 'received' })).toBe(true)
    expect(mayChangeImr({ capabilities: [...agency.capabilities] }, { access: 'write', status: 'signed-off' })).toBe(false)
    expect(mayChangeImr({ capabilities: [...author.capabilities] }, { access: 'read', status: 'received' })).toBe(false)
    expect(mayReturnImr({ capabilities: [...author.capabilities] }, { access: 'read', status: 'signed-off' })).toBe(true)
    expect(mayReturnImr({ capabilities: [...author.capabilities] }, { access: 'read', status: 'received' })).toBe(false)
    expect(mayReturnImr({ capabilities: [...agency.capabilities] }, { access: 'write', status: 'signed-off' })).toBe(false)
  })
})

describe('the order of a chronology', () => {
  it('puts a month-only date first in its month, and an entry without a time first on its day', () => {
    const entries = [
      { id: 'c', date: { precision: 'day' as const, date: '2012-03-14' }, time: '10:00' },
      { id: 'b', date: { precision: 'day' as const, date: '2012-03-14' }, time: null },
      { id: 'a', date: { precision: 'month' as const, month: '2012-03' }, time: null },
      { id: 'd', date: { precision: 'approximate' as const, date: '2012-02-28' }, time: null },
    ]
    expect(inDateOrder(entries).map((entry) => entry.id)).toEqual(['d', 'a', 'b', 'c'])
  })
})
