/**
 * @module
 * A generated overview report of a given number of pages (about 500 words a page), written the way the
 * editor writes one: each section's heading, then paragraphs typed a word per transaction (some words
 * bold or italic), with sub-headings, bullet lists and chronology tables inserted whole, as a paste
 * would. It is stored in the Y.XmlFragment the editor binds to, in the shape `@tiptap/y-tiptap` gives
 * schema nodes (an element per node with its attributes, an XmlText per run of text, marks as
 * formatting attributes). Fictional text from a fixed seed: the same report every run.
 */
import { yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap'
import * as Y from 'yjs'
import { DOCUMENT_FRAGMENT, REPORT_SKELETON, SECTION_HEADING_LEVEL, getReportSchema } from '../../../shared/schema/index.js'
import type { Workload } from './replay.js'

const WORDS_PER_PAGE = 500
const WORDS = (
  'the child was seen at home by the health visitor who noted that the mother appeared tired and the flat was cold ' +
  'school staff recorded that the child arrived late and hungry on several mornings and shared this with the designated lead ' +
  'police attended after a neighbour reported shouting and the officers spoke to both parents but not to the child alone ' +
  'the social worker planned a visit which did not take place because of sickness in the team and it was not rearranged ' +
  'the general practitioner saw the child for a chest infection and did not know of the earlier referral to childrens services ' +
  'agencies did not share what they knew and no single professional held the whole picture of the childs daily life'
).split(' ')
const AGENCIES = ['Health visiting', 'School', 'Police', 'Childrens social care', 'General practice', 'Housing']

type Operation =
  | { kind: 'heading'; level: number; text: string; sectionKind: string | null }
  | { kind: 'paragraph' }
  | { kind: 'word'; text: string; mark: 'bold' | 'italic' | null }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; rows: string[][] }

export interface GeneratedReport extends Workload {
  pages: number
  words: number
  /** Blocks at the top level that the schema must keep, besides what the document held before. */
  blocks: number
}

/** mulberry32: a small seeded generator, so the report is the same every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function planReport(pages: number, random: () => number): { operations: Operation[]; words: number; blocks: number } {
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(random() * 9) }, () => pick(WORDS))
    words[0] = words[0].charAt(0).toUpperCase() + words[0].slice(1)
    return words
  }
  const operations: Operation[] = []
  const wordsPerSection = (pages * WORDS_PER_PAGE) / REPORT_SKELETON.length
  let words = 0
  for (const section of REPORT_SKELETON) {
    operations.push({ kind: 'heading', level: SECTION_HEADING_LEVEL, text: section.title, sectionKind: section.kind })
    const sectionEnd = words + wordsPerSection
    while (words < sectionEnd) {
      const roll = random()
      if (roll < 0.06) {
        operations.push({ kind: 'heading', level: SECTION_HEADING_LEVEL + 1, text: sentence().slice(0, 5).join(' '), sectionKind: null })
      } else if (roll < 0.1) {
        const items = Array.from({ length: 3 + Math.floor(random() * 4) }, () => sentence().join(' '))
        operations.push({ kind: 'list', items })
        words += items.join(' ').split(' ').length
      } else if (roll < 0.13) {
        const rows = Array.from({ length: 12 }, (_, row) => [`${1 + (row % 28)}/0${1 + (row % 9)}/2024`, pick(AGENCIES), sentence().join(' '), pick(['Yes', 'No']), sentence().slice(0, 6).join(' ')])
        operations.push({ kind: 'table', rows: [['Date', 'Agency', 'What happened', 'Child seen', 'Outcome'], ...rows] })
        words += rows.flat().join(' ').split(' ').length
      } else {
        operations.push({ kind: 'paragraph' })
        for (let count = 3 + Math.floor(random() * 5); count > 0; count--) {
          const text = sentence()
          text.forEach((word, index) => {
            const mark = random() < 0.02 ? 'bold' : random() < 0.02 ? 'italic' : null
            operations.push({ kind: 'word', text: index === text.length - 1 ? `${word}. ` : `${word} `, mark })
          })
          words += text.length
        }
      }
    }
  }
  const blocks = operations.filter((operation) => operation.kind !== 'word').length
  return { operations, words, blocks }
}

function textElement(name: string, text: string, attributes: Record<string, unknown> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string)
  const content = new Y.XmlText()
  content.insert(0, text)
  element.insert(0, [content])
  return element
}

function container(name: string, children: Y.XmlElement[], attributes: Record<string, unknown> = {}): Y.XmlElement {
  const element = new Y.XmlElement(name)
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value as string)
  element.insert(0, children)
  return element
}

const CELL_ATTRIBUTES = { colspan: 1, rowspan: 1 }

function buildBlock(operation: Exclude<Operation, { kind: 'word' }>, sectionNumber: number): Y.XmlElement {
  switch (operation.kind) {
    case 'heading': {
      const attributes = operation.sectionKind ? { level: operation.level, sectionId: `sec_bench${String(sectionNumber).padStart(4, '0')}`, sectionKind: operation.sectionKind } : { level: operation.level }
      return textElement('heading', operation.text, attributes)
    }
    case 'paragraph':
      return container('paragraph', [])
    case 'list':
      return container('bulletList', operation.items.map((item) => container('listItem', [textElement('paragraph', item)])))
    case 'table':
      return container(
        'table',
        operation.rows.map((row, index) => container('tableRow', row.map((cell) => container(index === 0 ? 'tableHeader' : 'tableCell', [textElement('paragraph', cell)], CELL_ATTRIBUTES)))),
      )
  }
}

/** Counts the top-level nodes the shared schema reads from a document's fragment. */
export function countSchemaBlocks(doc: Y.Doc): number {
  return yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(DOCUMENT_FRAGMENT), getReportSchema()).childCount
}

export function generateReport(pages: number, seed = 150): GeneratedReport {
  const { operations, words, blocks } = planReport(pages, seededRandom(seed))
  // Per replica: the paragraph being typed into, sections written so far, blocks before the replay.
  const typing = new WeakMap<Y.Doc, Y.XmlText>()
  const sections = new WeakMap<Y.Doc, number>()
  const blocksBefore = new WeakMap<Y.Doc, number>()
  return {
    pages,
    words,
    blocks,
    edits: operations.length,
    setUp(doc) {
      blocksBefore.set(doc, doc.getXmlFragment(DOCUMENT_FRAGMENT).length)
    },
    apply(doc, index) {
      const operation = operations[index]
      const fragment = doc.getXmlFragment(DOCUMENT_FRAGMENT)
      doc.transact(() => {
        if (operation.kind === 'word') {
          const text = typing.get(doc)
          if (!text) throw new Error('a word before the first paragraph')
          text.insert(text.length, operation.text, operation.mark ? { [operation.mark]: {} } : {})
          return
        }
        if (operation.kind === 'heading' && operation.sectionKind) sections.set(doc, (sections.get(doc) ?? 0) + 1)
        const block = buildBlock(operation, sections.get(doc) ?? 0)
        fragment.insert(fragment.length, [block])
        if (operation.kind === 'paragraph') {
          const text = new Y.XmlText()
          block.insert(0, [text])
          typing.set(doc, text)
        }
      })
      return true
    },
    isComplete: () => true,
    verify(docA, docB) {
      const expected = (blocksBefore.get(docA) ?? 0) + blocks
      for (const [label, doc] of [['A', docA], ['B', docB]] as const) {
        const read = countSchemaBlocks(doc)
        if (read !== expected) throw new Error(`the schema reads ${read} blocks from ${label}, not the ${expected} written`)
      }
      if (docA.getXmlFragment(DOCUMENT_FRAGMENT).toString() !== docB.getXmlFragment(DOCUMENT_FRAGMENT).toString()) throw new Error('A and B differ')
    },
  }
}
