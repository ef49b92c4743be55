/**
 * @module
 * Random edits to a report's Y.Doc that the schema allows, made on the Yjs types the way the editor's
 * binding stores them: type, delete and format text (bold, italic), insert and delete paragraphs and
 * section headings, split a paragraph in two, join two, change a heading's level. Every choice comes
 * from the seeded `Random`, so a run can be replayed.
 */
import * as Y from 'yjs'
import { DOCUMENT_FRAGMENT, SECTION_KINDS, SECTION_HEADING_LEVEL } from '../../../shared/schema/index.js'
import type { Random } from './random.js'
import { isTextBlock, parentOf, textBlocks, textOf, type Attributes, type DeltaPart } from './reportBlocks.js'

const WORDS = ['child', 'agency', 'referral', 'visit', 'school', 'health', 'police', 'panel', 'finding', 'plan', 'Ms K', 'GP']
const HEADING_LEVELS = [2, 3, 4]
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

type Edit = (fragment: Y.XmlFragment, random: Random) => boolean

function randomWords(random: Random): string {
  return Array.from({ length: random.integer(1, 3) }, () => random.pick(WORDS)).join(' ') + ' '
}

/** Inherits the marks around (undefined), or sets its own, none included. */
function randomMarks(random: Random): Attributes | undefined {
  return random.pick([undefined, {}, { bold: {} }, { italic: {} }, { bold: {}, italic: {} }])
}

function randomSectionId(random: Random): string {
  return `sec_${Array.from({ length: 12 }, () => random.pick([...ID_ALPHABET])).join('')}`
}

/** A heading's level is a number, as the binding stores it; Yjs types attributes as strings by default. */
function setLevel(heading: Y.XmlElement, level: number): void {
  const numbered = heading as Y.XmlElement<{ level: number }>
  numbered.setAttribute('level', level)
}

function newBlock(random: Random): Y.XmlElement {
  if (random.chance(0.7)) return new Y.XmlElement('paragraph')
  const heading = new Y.XmlElement('heading')
  const level = random.pick(HEADING_LEVELS)
  setLevel(heading, level)
  heading.setAttribute('sectionId', randomSectionId(random))
  if (level === SECTION_HEADING_LEVEL) heading.setAttribute('sectionKind', random.pick(SECTION_KINDS))
  return heading
}

/** The part of a text's delta from `offset` on. */
function deltaFrom(delta: DeltaPart[], offset: number): DeltaPart[] {
  const tail: DeltaPart[] = []
  let position = 0
  for (const part of delta) {
    const end = position + part.insert.length
    if (end > offset) tail.push({ ...part, insert: part.insert.slice(Math.max(0, offset - position)) })
    position = end
  }
  return tail
}

function appendDelta(text: Y.XmlText, delta: DeltaPart[]): void {
  for (const part of delta) text.insert(text.length, part.insert, part.attributes ?? {})
}

const insertText: Edit = (fragment, random) => {
  const blocks = textBlocks(fragment)
  if (blocks.length === 0) return false
  const text = textOf(random.pick(blocks))
  text.insert(random.integer(0, text.length), randomWords(random), randomMarks(random))
  return true
}

/** A range of 1 to 12 characters in a block that has text, or null. */
function randomRange(fragment: Y.XmlFragment, random: Random): { text: Y.XmlText; index: number; length: number } | null {
  const texts = textBlocks(fragment).map(textOf).filter((text) => text.length > 0)
  if (texts.length === 0) return null
  const text = random.pick(texts)
  const index = random.integer(0, text.length - 1)
  return { text, index, length: random.integer(1, Math.min(12, text.length - index)) }
}

const deleteText: Edit = (fragment, random) => {
  const range = randomRange(fragment, random)
  range?.text.delete(range.index, range.length)
  return range !== null
}

const formatText: Edit = (fragment, random) => {
  const range = randomRange(fragment, random)
  range?.text.format(range.index, range.length, { [random.pick(['bold', 'italic'])]: random.chance(0.6) ? {} : null })
  return range !== null
}

const insertBlock: Edit = (fragment, random) => {
  const block = newBlock(random)
  fragment.insert(random.integer(0, fragment.length), [block])
  textOf(block).insert(0, randomWords(random), randomMarks(random))
  return true
}

const deleteBlock: Edit = (fragment, random) => {
  if (fragment.length < 2) return false
  fragment.delete(random.integer(0, fragment.length - 1), 1)
  return true
}

/** Enter in the middle of a block: the rest of its text, marks kept, moves to a new paragraph after it. */
const splitBlock: Edit = (fragment, random) => {
  const blocks = textBlocks(fragment)
  if (blocks.length === 0) return false
  const block = random.pick(blocks)
  const text = textOf(block)
  const offset = random.integer(0, text.length)
  const tail = deltaFrom(text.toDelta() as DeltaPart[], offset)
  text.delete(offset, text.length - offset)
  const parent = parentOf(block)
  const paragraph = new Y.XmlElement('paragraph')
  parent.insert(parent.toArray().indexOf(block) + 1, [paragraph])
  appendDelta(textOf(paragraph), tail)
  return true
}

/** Backspace at the start of a block: its text joins the block before it, which is a sibling. */
const joinBlocks: Edit = (fragment, random) => {
  const joinable = textBlocks(fragment).filter((block) => isTextBlock(block.prevSibling))
  if (joinable.length === 0) return false
  const block = random.pick(joinable)
  const previous = block.prevSibling
  if (!isTextBlock(previous)) return false
  appendDelta(textOf(previous), textOf(block).toDelta() as DeltaPart[])
  const parent = parentOf(block)
  parent.delete(parent.toArray().indexOf(block), 1)
  return true
}

const changeHeadingLevel: Edit = (fragment, random) => {
  const headings = textBlocks(fragment).filter((block) => block.nodeName === 'heading')
  if (headings.length === 0) return false
  setLevel(random.pick(headings), random.pick(HEADING_LEVELS))
  return true
}

const WEIGHTED_EDITS: [number, Edit][] = [
  [30, insertText],
  [14, deleteText],
  [14, formatText],
  [12, insertBlock],
  [6, deleteBlock],
  [10, splitBlock],
  [7, joinBlocks],
  [4, changeHeadingLevel],
]
const TOTAL_WEIGHT = WEIGHTED_EDITS.reduce((sum, [weight]) => sum + weight, 0)

function pickEdit(random: Random): Edit {
  let roll = random.integer(0, TOTAL_WEIGHT - 1)
  for (const [weight, edit] of WEIGHTED_EDITS) {
    if (roll < weight) return edit
    roll -= weight
  }
  return insertText
}

/** Makes one random edit to the report, in one transaction, as one keystroke or command would. */
export function makeRandomEdit(doc: Y.Doc, random: Random): void {
  const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
  const edit = pickEdit(random)
  doc.transact(() => {
    if (!edit(fragment, random)) insertBlock(fragment, random)
  })
}
