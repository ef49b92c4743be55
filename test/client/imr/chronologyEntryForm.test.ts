import { describe, expect, it } from 'vitest'
import { NO_FLAGS, type ChronologyEntry } from '../../../shared/imr/chronologyEntry'
import { checkEntry, EMPTY_ENTRY, entryErrorsFrom, entrySummary, entryValuesOf, normaliseTime, type EntryValues } from '../../../client/imr/chronologyEntryForm'

const filled: EntryValues = {
  ...EMPTY_ENTRY,
  precision: 'day',
  date: { day: '14', month: '3', year: '2012' },
  practitionerRole: 'Health Visitor 1',
  event: 'Home visit. Child K seen in the living room.',
  source: 'Health visiting record',
}

describe('the chronology entry form', () => {
  it('sends an exact day as an ISO date, with no time when none is given', () => {
    const { fields, errors } = checkEntry(filled)
    expect(errors).toEqual({})
    expect(fields).toMatchObject({ date: { precision: 'day', date: '2012-03-14' }, time: null, impact: '', flags: NO_FLAGS })
  })

  it('reads a month-only date without a day, even one typed before the precision changed', () => {
    const { fields } = checkEntry({ ...filled, precision: 'month', date: { day: '31', month: '2', year: '2012' } })
    expect(fields?.date).toEqual({ precision: 'month', month: '2012-02' })
  })

  it('keeps an approximate day approximate', () => {
    expect(checkEntry({ ...filled, precision: 'approximate' }).fields?.date).toEqual({ precision: 'approximate', date: '2012-03-14' })
  })

  it('lists what is missing in the order of the form, linked to the first box of the date in error', () => {
    const { fields, errors } = checkEntry({ ...EMPTY_ENTRY, precision: 'month', date: { day: '', month: '', year: '2012' } })
    expect(fields).toBeNull()
    expect(entrySummary(errors)).toEqual([
      { href: 'entry-date-month', text: 'Date must include a month' },
      { href: 'entry-practitionerRole', text: 'Enter the practitioner’s role, not their name' },
      { href: 'entry-event', text: 'Enter what happened' },
      { href: 'entry-source', text: 'Enter the source: a record, or a person’s role' },
    ])
  })

  it('asks how sure the date is before anything about the date', () => {
    expect(entrySummary(checkEntry({ ...filled, precision: null }).errors)).toEqual([{ href: 'entry-precision', text: 'Select how sure you are of the date' }])
  })

  it('refuses a day that does not exist', () => {
    const { errors } = checkEntry({ ...filled, date: { day: '30', month: '2', year: '2012' } })
    expect(errors.date).toEqual({ message: 'Date must be a real date', parts: ['day'] })
  })

  it('takes a time as HH:MM, reading 9:30 and 09.30 the same way, and refuses one that is not a time', () => {
    expect(normaliseTime('9:30')).toBe('09:30')
    expect(normaliseTime('09.30')).toBe('09:30')
    expect(normaliseTime('  ')).toBeNull()
    expect(normaliseTime('24:00')).toBeUndefined()
    expect(checkEntry({ ...filled, time: 'noon' }).errors.time).toMatch(/HH:MM/)
  })

  it('needs “Child seen” for “Child seen alone”', () => {
    const { errors } = checkEntry({ ...filled, flags: { ...NO_FLAGS, childSeenAlone: true } })
    expect(entrySummary(errors)).toEqual([{ href: 'entry-flags', text: 'Select “Child seen” as well as “Child seen alone”' }])
  })

  it('finds what the server would refuse, such as hidden characters, with its own message', () => {
    const { fields, errors } = checkEntry({ ...filled, source: 'Record\u202E' })
    expect(fields).toBeNull()
    expect(errors.source).toMatch(/ordinary characters/)
  })

  it('puts the server’s problems beside their fields, also those of a change (under `fields.`)', () => {
    const errors = entryErrorsFrom([
      { path: 'fields.date.month', message: 'Enter a real month, as YYYY-MM.' },
      { path: 'fields.flags.childSeenAlone', message: 'Needs child seen.' },
      { path: 'event', message: 'Enter what happened.' },
      { path: 'revision', message: 'Not a revision.' },
    ])
    expect(entrySummary(errors)).toEqual([
      { href: 'entry-date-month', text: 'Enter a real month, as YYYY-MM.' },
      { href: 'entry-event', text: 'Enter what happened.' },
      { href: 'entry-flags', text: 'Needs child seen.' },
    ])
  })

  it('opens an entry with its own values, a month-only date with an empty day', () => {
    const entry: ChronologyEntry = {
      id: 'ent_abc123',
      date: { precision: 'month', month: '2012-03' },
      time: null,
      practitionerRole: 'GP',
      event: 'Letter',
      source: 'GP record',
      impact: '',
      actionTaken: '',
      flags: NO_FLAGS,
      revision: 2,
      updatedAt: '2025-01-01T00:00:00.000Z',
    }
    const values = entryValuesOf(entry)
    expect(values).toMatchObject({ precision: 'month', date: { day: '', month: '3', year: '2012' }, time: '' })
    expect(checkEntry(values).fields?.date).toEqual(entry.date)
  })
})
