import { describe, expect, it } from 'vitest'
import { guardFormula, parseFlag, parseTime, unguardFormula } from '../../../server/imr/chronologyCells.js'

describe('chronology cells', () => {
  it('reads yes and no in the usual spellings, and empty as no', () => {
    for (const yes of ['yes', 'Y', 'TRUE', '1', ' Yes ']) expect(parseFlag(yes)).toBe(true)
    for (const no of ['no', 'N', 'false', '0', '']) expect(parseFlag(no)).toBe(false)
    expect(parseFlag('maybe')).toBeNull()
  })

  it('reads times as spreadsheets write them', () => {
    expect(parseTime('9:30')).toBe('09:30')
    expect(parseTime('14:05:00')).toBe('14:05')
    expect(parseTime('')).toBeNull()
    expect(parseTime('half past two')).toBe('half past two')
  })

  it('guards cells a spreadsheet would run as a formula, and reads them back as they were', () => {
    for (const text of ['=HYPERLINK("http://evil.example")', '+44 1234', '-2 days', '@SUM(A1)', "'=already quoted", "'tis", 'plain']) {
      expect(unguardFormula(guardFormula(text))).toBe(text)
    }
    expect(guardFormula('=1+1')).toBe("'=1+1")
    expect(guardFormula("'tis")).toBe("'tis")
  })
})
