import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_ROWS } from '../../../shared/imr/chronologyColumns.js'
import { AppError } from '../../../server/errors.js'
import { readChronologyFile } from '../../../server/imr/chronologyImport.js'
import { csvOf, docxOf, SHORT_HEADER } from '../../fixtures/imr/chronologyFiles.js'

const encode = (text: string) => new TextEncoder().encode(text)

async function refusal(promise: Promise<unknown>): Promise<{ message: string; details: unknown }> {
  const error: unknown = await promise.then(
    () => null,
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(AppError)
  const appError = error as AppError
  expect(appError.code).toBe('import_failed')
  expect(appError.status).toBe(400)
  return { message: appError.message, details: appError.details }
}

describe('reading a chronology from CSV', () => {
  it('reads a byte order mark, quoted cells with line breaks, blank lines and any spelling of the column names', async () => {
    const text = `\uFEFFDate,Practitioner Role,EVENT,source,Child_Seen\r\n14/03/2012,Health Visitor,"Home visit.\nMother said ""fine"".",HV record,yes\r\n\r\n,,,,\r\nabout 2012-04-01,GP,Surgery appointment,GP record,\r\n`

    const entries = await readChronologyFile('csv', encode(text))

    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({ date: { precision: 'day', date: '2012-03-14' }, practitionerRole: 'Health Visitor', event: 'Home visit.\nMother said "fine".', time: null })
    expect(entries[0].flags.childSeen).toBe(true)
    expect(entries[1]).toMatchObject({ date: { precision: 'approximate', date: '2012-04-01' }, impact: '', actionTaken: '' })
    expect(entries[1].flags.childSeen).toBe(false)
  })

  it('gathers every problem of every row, numbered as in the file, with the column as the file names it', async () => {
    const csv = csvOf([
      ['Date', 'practitioner_role', 'event', 'source', 'child_seen', 'child_seen_alone'],
      ['31/02/2012', 'Health Visitor', 'Visit', 'HV record', 'yes', 'no'],
      ['', '', '', '', '', ''],
      ['01/03/2012', 'Health Visitor', 'Visit', '', 'perhaps', 'no'],
      ['02/03/2012', 'Health Visitor', 'Visit', 'HV record', 'no', 'yes'],
    ])

    const { details } = await refusal(readChronologyFile('csv', encode(csv)))

    expect(details).toEqual([
      { row: 1, column: 'Date', message: expect.stringContaining('not a real date') },
      { row: 3, column: 'child_seen', message: expect.stringContaining('yes or no') },
      { row: 3, column: 'source', message: expect.stringContaining('source') },
      { row: 4, column: 'child_seen_alone', message: expect.stringContaining('Child seen') },
    ])
  })

  it('refuses unknown columns by name, and names the required columns that are missing', async () => {
    const { details, message } = await refusal(readChronologyFile('csv', encode(csvOf([['date', 'evnt', 'practitioner_role'], ['14/03/2012', 'x', 'y']]))))

    expect(details).toEqual([
      { row: 0, column: 'evnt', message: expect.stringContaining('not a chronology column') },
      { row: 0, column: 'event', message: expect.stringContaining('no “event” column') },
      { row: 0, column: 'source', message: expect.stringContaining('no “source” column') },
    ])
    expect(message).toContain('nothing was changed')
  })

  it('refuses an empty file, a header with no rows, a file that is not UTF-8, and broken quoting, each saying so', async () => {
    expect((await refusal(readChronologyFile('csv', encode('')))).message).toContain('empty')
    expect((await refusal(readChronologyFile('csv', encode('\uFEFF\r\n\r\n')))).message).toContain('empty')
    expect((await refusal(readChronologyFile('csv', encode(csvOf([SHORT_HEADER])))))).toMatchObject({ message: expect.stringContaining('no rows') })
    expect((await refusal(readChronologyFile('csv', Uint8Array.from([0x64, 0x61, 0x74, 0x65, 0xe9, 0x0a]))))).toMatchObject({ message: expect.stringContaining('UTF-8') })
    expect((await refusal(readChronologyFile('csv', encode('date,event\n"14/03/2012,x\n'))))).toMatchObject({ message: expect.stringContaining('not valid CSV') })
  })

  it('refuses more rows than an import takes', async () => {
    const row = ['14/03/2012', '', 'Health Visitor', 'Visit', 'HV record', 'no']
    const csv = csvOf([SHORT_HEADER, ...Array.from({ length: MAX_IMPORT_ROWS + 1 }, () => row)])

    expect((await refusal(readChronologyFile('csv', encode(csv)))).message).toContain('at most 10,000')
  })

  it('lists at most 100 problems, the last saying how many more there are', async () => {
    const csv = csvOf([SHORT_HEADER, ...Array.from({ length: 150 }, () => ['not a date', '', 'Health Visitor', 'Visit', 'HV record', 'no'])])

    const { details } = await refusal(readChronologyFile('csv', encode(csv)))

    expect(details).toHaveLength(101)
    expect((details as Array<{ message: string }>)[100].message).toBe('And 50 more problems not listed here.')
  })

  it('reads back a cell guarded against spreadsheet formulas', async () => {
    const csv = csvOf([SHORT_HEADER, ['14/03/2012', '', "'=Health Visitor", "'-2 days after the visit", 'HV record', 'no']])

    const [entry] = await readChronologyFile('csv', encode(csv))

    expect(entry).toMatchObject({ practitionerRole: '=Health Visitor', event: '-2 days after the visit' })
  })
})

describe('reading a chronology from a Word document', () => {
  it('takes the first table whose first row names chronology columns, with line breaks inside cells', async () => {
    const docx = await docxOf([
      'Individual Management Review: chronology',
      [['Version', 'Author'], ['1', 'Named Nurse']],
      [
        ['Date', 'Time', 'Practitioner role', 'Event', 'Source', 'Child seen'],
        ['14/03/2012', '10:30', 'Health Visitor', 'Home visit.\nMother present.', 'HV record', 'yes'],
        ['03/2012', '', 'GP', 'Telephone call', 'GP record', 'no'],
      ],
    ])

    const entries = await readChronologyFile('docx', docx)

    expect(entries).toHaveLength(2)
    expect(entries[0]).toMatchObject({ date: { precision: 'day', date: '2012-03-14' }, time: '10:30', event: 'Home visit.\nMother present.' })
    expect(entries[0].flags.childSeen).toBe(true)
    expect(entries[1].date).toEqual({ precision: 'month', month: '2012-03' })
  })

  it('refuses a document with no chronology table, one that is not a Word document, and the same row problems as CSV', async () => {
    expect((await refusal(readChronologyFile('docx', await docxOf(['Just a letter.'])))).message).toContain('no table')
    expect((await refusal(readChronologyFile('docx', await docxOf([[['Name', 'Role'], ['A', 'B']]])))).message).toContain('first row naming chronology columns')
    expect((await refusal(readChronologyFile('docx', encode('not a zip file')))).message).toContain('Word document')
    const { details } = await refusal(readChronologyFile('docx', await docxOf([[SHORT_HEADER, ['2012-02-30', '', 'Health Visitor', 'Visit', '', 'no']]])))
    expect(details).toEqual([
      { row: 1, column: 'date', message: expect.stringContaining('not a real date') },
      { row: 1, column: 'source', message: expect.any(String) },
    ])
  })
})
