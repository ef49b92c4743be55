/**
 * @module
 * UK identifiers that must not reach a public text, found in plain text: NHS numbers (with their
 * mod-11 check digit), National Insurance numbers, postcodes, phone numbers, email addresses, exact
 * dates of birth and street addresses. Each finder returns the spans it found; none of them needs the
 * register, so they also catch what nobody thought to register.
 */
import type { EntityCategory } from './categories.js'

export const IDENTIFIER_KINDS = ['nhsNumber', 'niNumber', 'postcode', 'phone', 'email', 'dateOfBirth', 'streetAddress'] as const
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number]

export const IDENTIFIER_LABELS: Record<IdentifierKind, string> = {
  nhsNumber: 'NHS number',
  niNumber: 'National Insurance number',
  postcode: 'Postcode',
  phone: 'Phone number',
  email: 'Email address',
  dateOfBirth: 'Date of birth',
  streetAddress: 'Street address',
}

/** The category an identifier is redacted under when it is redacted ad hoc. */
export const IDENTIFIER_CATEGORIES: Record<IdentifierKind, EntityCategory> = {
  nhsNumber: 'identifier',
  niNumber: 'identifier',
  phone: 'identifier',
  email: 'identifier',
  postcode: 'place',
  streetAddress: 'place',
  dateOfBirth: 'date',
}

export interface IdentifierMatch {
  kind: IdentifierKind
  /** Offsets into the text searched: `text.slice(from, to)` is what was found. */
  from: number
  to: number
  text: string
}

/** Whether ten digits are a valid NHS number: the mod-11 check on the first nine gives the tenth. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 9; index++) sum += Number(digits[index]) * (10 - index)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

const NHS_NUMBER = /(?<![\d-])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d-])/g
// Prefixes never issued (D, F, I, Q, U, V anywhere; O second; BG, GB, KN, NK, NT, TN, ZZ) are left out.
const NI_NUMBER = /\b(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi
const POSTCODE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/gi
const PHONE = /(?<![\w+])(?:\+44\s?\(?0?\)?\s?\d{2,4}|\(?0\d{2,4}\)?)[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w])/g
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g
const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?'
const EXACT_DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{4}|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2}))`
/** An exact date that the words before it say is a birth date: "born on 3 May 2015", "DOB: 03/05/2015". */
const DATE_OF_BIRTH = new RegExp(`\\b(?:born(?:\\s+on)?|d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birthday(?:\\s+is)?|birth\\s+date)\\s*(?::|was|is|of)?\\s*(?:the\\s+)?(${EXACT_DATE})`, 'gi')
const STREET_SUFFIXES = 'road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|terrace|gardens|grove|hill|square|sq|mews|row|walk|park|rise|parade|green'
/** A suffix as written in an address: "Road" or "road", not "ROAD" in the middle of a sentence. */
const suffixPattern = STREET_SUFFIXES.split('|')
  .map((suffix) => `[${suffix[0].toUpperCase()}${suffix[0]}]${suffix.slice(1)}`)
  .join('|')
const STREET_ADDRESS = new RegExp(`\\b(?:[Ff]lat\\s+\\d+[a-z]?,?\\s+)?\\d{1,4}[a-z]?,?\\s+(?:[A-Z][a-z'’]+\\s+){1,3}(?:${suffixPattern})\\b`, 'g')

function collect(kind: IdentifierKind, pattern: RegExp, text: string, accept: (found: string) => boolean = () => true, group = 0): IdentifierMatch[] {
  const matches: IdentifierMatch[] = []
  for (const match of text.matchAll(pattern)) {
    const found = match[group]
    if (found === undefined || !accept(found)) continue
    const from = (match.index ?? 0) + match[0].indexOf(found)
    matches.push({ kind, from, to: from + found.length, text: found })
  }
  return matches
}

/** Every UK identifier in the text, in order of where it starts. */
export function findIdentifiers(text: string): IdentifierMatch[] {
  const matches = [
    ...collect('nhsNumber', NHS_NUMBER, text, (found) => isValidNhsNumber(found.replace(/[ -]/g, ''))),
    ...collect('niNumber', NI_NUMBER, text),
    ...collect('postcode', POSTCODE, text, (found) => /\d/.test(found) && /[A-Z]/i.test(found)),
    ...collect('phone', PHONE, text, (found) => {
      const digits = found.replace(/\D/g, '')
      return digits.length >= 10 && digits.length <= 13
    }),
    ...collect('email', EMAIL, text),
    ...collect('dateOfBirth', DATE_OF_BIRTH, text, () => true, 1),
    ...collect('streetAddress', STREET_ADDRESS, text),
  ]
  return matches.sort((a, b) => a.from - b.from || b.to - a.to)
}
