/**
 * @module
 * fast-check arbitraries for the leak tests: register entities with made-up names (built from
 * letters no filler word or pseudonym contains, so any trace of a name in an output is a leak),
 * and reports that place those names in paragraphs, headings, list items, table cells and IMR
 * excerpts, in any case, with or without a possessive, split across formatting marks, redacted or not.
 * An excerpt's snapshot always holds the name unredacted, as an IMR would: it must never reach an output.
 */
import type { JSONContent } from '@tiptap/core'
import fc from 'fast-check'
import type { RegisterEntity } from '../../shared/redaction/register.js'

const FILLER = ['the', 'health', 'visitor', 'saw', 'child', 'at', 'home', 'and', 'noted', 'that', 'school', 'was', 'told', 'about', 'concerns', 'in', 'march', 'police', 'attended', 'later']
const PSEUDONYMS = ['Mother', 'Child K', 'Father', 'Health Visitor 1', 'a primary school', 'Mother’s partner', 'Grandmother']

/** A name-like word: "Zy" or "Qv" then lower-case letters, never a filler word or part of a pseudonym. */
const nameWord = fc
  .tuple(fc.constantFrom('Zy', 'Qv', 'Xo', 'Jq'), fc.stringMatching(/^[a-z]{2,6}$/))
  .map(([start, rest]) => `${start}${rest}`)

const entityBase = fc.record({
  first: nameWord,
  last: nameWord,
  category: fc.constantFrom('child', 'family', 'otherAdult', 'professional' as const),
  pseudonym: fc.constantFrom(...PSEUDONYMS),
})

/** One to five entities with different names, each with its own id. */
export const registerArbitrary: fc.Arbitrary<RegisterEntity[]> = fc
  .uniqueArray(entityBase, { minLength: 1, maxLength: 5, selector: ({ first, last }) => `${first} ${last}`.toLowerCase() })
  .map((bases) => bases.map(({ first, last, category, pseudonym }, index) => ({ id: `entity${String(index).padStart(4, '0')}`, realName: `${first} ${last}`, aliases: [], category, pseudonym })))

export type Casing = 'asIs' | 'lower' | 'upper'
export type BlockKind = 'paragraph' | 'heading' | 'listItem' | 'tableCell'

export interface Placement {
  entity: number
  /** Which term: the whole name, the first name or the surname. */
  term: 'whole' | 'first' | 'last'
  casing: Casing
  possessive: boolean
  /** Where the term is cut in two, each half with its own marks; 0 leaves it whole. */
  split: number
  block: BlockKind
  redacted: boolean
  /** Whether a paragraph is quoted from an IMR, inside an excerpt. */
  inExcerpt: boolean
}

export const placementArbitrary = (entities: number): fc.Arbitrary<Placement> =>
  fc.record({
    entity: fc.nat({ max: entities - 1 }),
    term: fc.constantFrom('whole', 'first', 'last' as const),
    casing: fc.constantFrom('asIs', 'lower', 'upper' as const),
    possessive: fc.boolean(),
    split: fc.nat({ max: 4 }),
    block: fc.constantFrom('paragraph', 'heading', 'listItem', 'tableCell' as const),
    redacted: fc.boolean(),
    inExcerpt: fc.boolean(),
  })

export const fillerArbitrary = fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 6 }).map((words) => words.join(' '))

export function termOf(entity: RegisterEntity, placement: Placement): string {
  const [first, last] = entity.realName.split(' ')
  const term = placement.term === 'whole' ? entity.realName : placement.term === 'first' ? first : last
  return placement.casing === 'lower' ? term.toLowerCase() : placement.casing === 'upper' ? term.toUpperCase() : term
}

function textNodes(entity: RegisterEntity, placement: Placement, before: string, after: string): JSONContent[] {
  const term = termOf(entity, placement) + (placement.possessive ? '’s' : '')
  const redaction = placement.redacted ? [{ type: 'redaction', attrs: { entityId: entity.id, category: entity.category, reason: null } }] : []
  const cut = placement.split > 0 ? Math.min(placement.split, term.length - 1) : term.length
  const pieces = [term.slice(0, cut), term.slice(cut)].filter((piece) => piece !== '')
  return [
    { type: 'text', text: `${before} ` },
    ...pieces.map((piece, index) => ({ type: 'text', text: piece, marks: [...(index === 1 ? [{ type: 'bold' }] : [{ type: 'italic' }]), ...redaction] })),
    { type: 'text', text: ` ${after}.` },
  ]
}

/** An excerpt of a chronology entry around `paragraph`, whose snapshot names the entity in full. */
function excerptOf(entity: RegisterEntity, paragraph: JSONContent): JSONContent {
  const snapshot = { kind: 'entries', entries: [{ id: 'ent_random01', date: { precision: 'day', date: '2012-03-14' }, time: null, practitionerRole: 'Health Visitor', event: `Saw ${entity.realName}.`, source: '' }] }
  const attrs = { agencyId: 'health', agencyName: 'Community Health', sourceKind: 'entry', sourceIds: ['ent_random01'], dateLabel: '14 March 2012', snapshot: JSON.stringify(snapshot) }
  return { type: 'imrExcerpt', attrs, content: [paragraph] }
}

export function blockFor(entity: RegisterEntity, placement: Placement, before: string, after: string): JSONContent {
  const paragraph = { type: 'paragraph', content: textNodes(entity, placement, before, after) }
  if (placement.inExcerpt && placement.block === 'paragraph') return excerptOf(entity, paragraph)
  switch (placement.block) {
    case 'heading':
      return { type: 'heading', attrs: { level: 3 }, content: paragraph.content }
    case 'listItem':
      return { type: 'bulletList', content: [{ type: 'listItem', content: [paragraph] }] }
    case 'tableCell':
      return { type: 'table', content: [{ type: 'tableRow', content: [{ type: 'tableCell', content: [paragraph] }, { type: 'tableCell', content: [{ type: 'paragraph', content: [{ type: 'text', text: before }] }] }] }] }
    default:
      return paragraph
  }
}

/** A report whose introduction (in the summary) holds the placements, and one report-only section that also names everyone. */
export function reportWith(entities: RegisterEntity[], placements: Placement[], fillers: string[]): JSONContent {
  const blocks = placements.map((placement, index) => blockFor(entities[placement.entity], placement, fillers[index % fillers.length], fillers[(index + 1) % fillers.length]))
  return {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 2, sectionId: 'sec_intro', sectionKind: 'introduction', audience: 'both' }, content: [{ type: 'text', text: 'Introduction' }] },
      ...blocks,
      { type: 'heading', attrs: { level: 2, sectionId: 'sec_private', sectionKind: 'analysis', audience: 'report' }, content: [{ type: 'text', text: 'Analysis' }] },
      { type: 'paragraph', content: [{ type: 'text', text: entities.map((entity) => entity.realName).join(', ') }] },
    ],
  }
}
