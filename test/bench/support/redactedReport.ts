/**
 * @module
 * A generated report for the redaction benchmark, as schema JSON: every standard section (all marked
 * for the executive summary, the heaviest case), paragraphs of fictional text with bullet lists and
 * chronology tables, a register of made-up people and places, and redactions of their names spread
 * through the text. The same report every run (seeded).
 */
import type { JSONContent } from '@tiptap/core'
import type { RegisterEntity } from '../../../shared/redaction/register.js'
import { REPORT_SKELETON } from '../../../shared/schema/index.js'
import { seededRandom } from './generatedReport.js'

const WORDS = (
  'the child was seen at home by the health visitor who noted that the mother appeared tired and the flat was cold ' +
  'school staff recorded that the child arrived late and hungry on several mornings and shared this with the designated lead ' +
  'police attended after a neighbour reported shouting and the officers spoke to both parents but not to the child alone'
).split(' ')
const CATEGORIES = ['child', 'family', 'otherAdult', 'professional', 'place', 'organisation'] as const

export interface RedactedReportShape {
  words: number
  redactions: number
  entities: number
}

export interface RedactedReport {
  report: JSONContent
  register: RegisterEntity[]
  words: number
  redactions: number
}

const syllables = ['zar', 'quin', 'vel', 'mox', 'tib', 'ruk', 'fen', 'jol', 'wex', 'dap']

export function generateRedactedReport({ words, redactions, entities }: RedactedReportShape, seed = 5): RedactedReport {
  const random = seededRandom(seed)
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]
  const name = () => {
    const word = pick(syllables) + pick(syllables) + pick(syllables)
    return word.charAt(0).toUpperCase() + word.slice(1)
  }
  const register: RegisterEntity[] = Array.from({ length: entities }, (_, index) => {
    const category = CATEGORIES[index % CATEGORIES.length]
    const realName = `${name()} ${name()}${index}`
    return { id: `entity${String(index).padStart(6, '0')}`, realName, aliases: [name()], category, pseudonym: `Person ${index + 1}` }
  })
  const wordsPerSection = Math.ceil(words / REPORT_SKELETON.length)
  // A little above the even rate, so that all of them are placed before the text ends.
  const redactionChance = (redactions / words) * 1.1
  let written = 0
  let redacted = 0
  const content: JSONContent[] = []
  const paragraph = (count: number): JSONContent => {
    const nodes: JSONContent[] = []
    let plain: string[] = []
    const flush = () => {
      if (plain.length > 0) nodes.push({ type: 'text', text: `${plain.join(' ')} ` })
      plain = []
    }
    for (let index = 0; index < count; index++) {
      written += 1
      if (redacted < redactions && random() < redactionChance) {
        flush()
        const entity = pick(register)
        nodes.push({ type: 'text', text: random() < 0.5 ? entity.realName : entity.aliases[0], marks: [{ type: 'redaction', attrs: { entityId: entity.id, category: entity.category, reason: null } }] })
        nodes.push({ type: 'text', text: ' ' })
        redacted += 1
      } else {
        plain.push(pick(WORDS))
      }
    }
    flush()
    return { type: 'paragraph', content: nodes }
  }
  REPORT_SKELETON.forEach((section, index) => {
    content.push({ type: 'heading', attrs: { level: 2, sectionId: `sec_bench${index}`, sectionKind: section.kind, audience: 'both' }, content: [{ type: 'text', text: section.title }] })
    for (let inSection = 0; inSection < wordsPerSection; ) {
      const kind = random()
      if (kind < 0.08) {
        content.push({ type: 'bulletList', content: Array.from({ length: 4 }, () => ({ type: 'listItem', content: [paragraph(12)] })) })
        inSection += 48
      } else if (kind < 0.12) {
        const row = () => ({ type: 'tableRow', content: Array.from({ length: 3 }, () => ({ type: 'tableCell', content: [paragraph(8)] })) })
        content.push({ type: 'table', content: Array.from({ length: 6 }, row) })
        inSection += 144
      } else {
        content.push(paragraph(90))
        inSection += 90
      }
    }
  })
  return { report: { type: 'doc', content }, register, words: written, redactions: redacted }
}
