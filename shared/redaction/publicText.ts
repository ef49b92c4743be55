/**
 * @module
 * The public version of a document: each redacted span becomes its pseudonym (or its category's
 * neutral wording for an ad hoc redaction, or for an entity no longer in the register), read
 * naturally: a pseudonym that starts a sentence is capitalised, and a possessive stays one ("Jane's"
 * becomes "Mother's"). Links are kept as plain text, since an address can name someone.
 */
import type { JSONContent } from '@tiptap/core'
import type { Mark, Node as ProseMirrorNode } from '@tiptap/pm/model'
import { REDACTION_MARK, type RedactionAttributes } from '../schema/redaction.js'
import { NEUTRAL_WORDING } from './categories.js'
import type { RegisterEntity } from './register.js'

/** Marks that never reach a public text; their text stays (links) or is replaced (redactions). */
const PRIVATE_MARKS = new Set([REDACTION_MARK, 'link'])

export type PseudonymLookup = ReadonlyMap<string, Pick<RegisterEntity, 'pseudonym'>>

export function pseudonymLookup(register: ReadonlyArray<Pick<RegisterEntity, 'id' | 'pseudonym'>>): PseudonymLookup {
  return new Map(register.map((entity) => [entity.id, entity]))
}

/** What a redaction reads as in public, before capitalisation and possessives. */
export function replacementFor(attributes: RedactionAttributes, pseudonyms: PseudonymLookup): string {
  const entity = attributes.entityId ? pseudonyms.get(attributes.entityId) : undefined
  return entity?.pseudonym ?? NEUTRAL_WORDING[attributes.category] ?? NEUTRAL_WORDING.identifier
}

/** The redaction mark on a node, if any. */
export function redactionOf(node: ProseMirrorNode): Mark | undefined {
  return node.marks.find((mark) => mark.type.name === REDACTION_MARK)
}

/** Whether two redactions are one: the same entity, or the same ad hoc category and reason. */
export function sameRedaction(a: Pick<Mark, 'attrs'>, b: Pick<Mark, 'attrs'>): boolean {
  return a.attrs.entityId === b.attrs.entityId && a.attrs.category === b.attrs.category && a.attrs.reason === b.attrs.reason
}

function publicMarks(node: ProseMirrorNode): JSONContent['marks'] {
  const marks = node.marks.filter((mark) => !PRIVATE_MARKS.has(mark.type.name)).map((mark) => mark.toJSON() as NonNullable<JSONContent['marks']>[number])
  return marks.length > 0 ? marks : undefined
}

/** Whether text placed after `before` starts a sentence. */
export function startsSentence(before: string): boolean {
  const trimmed = before.replace(/\s+$/, '')
  return trimmed === '' || /[.!?]["'’”)\]]*$/.test(trimmed)
}

/** The replacement as it reads in place of `hidden`, after the text `before` it. */
export function fitReplacement(replacement: string, hidden: string, before: string): string {
  let text = replacement
  const possessive = /(['’])s$/i.exec(hidden) ?? /s(['’])$/i.exec(hidden)
  if (possessive && !/['’]s?$/i.test(text)) text = `${text}${possessive[1]}s`
  if (startsSentence(before)) text = text.charAt(0).toLocaleUpperCase('en-GB') + text.slice(1)
  return text
}

function textOf(content: JSONContent[]): string {
  return content.map((node) => (node.type === 'text' ? (node.text ?? '') : ' ')).join('')
}

function publicTextblock(node: ProseMirrorNode, pseudonyms: PseudonymLookup): JSONContent {
  const content: JSONContent[] = []
  const children: ProseMirrorNode[] = []
  node.forEach((child) => children.push(child))
  for (let index = 0; index < children.length; ) {
    const child = children[index]
    const redaction = redactionOf(child)
    if (!redaction) {
      content.push(child.isText ? { type: 'text', text: child.text ?? '', marks: publicMarks(child) } : (child.toJSON() as JSONContent))
      index += 1
      continue
    }
    // A run of text under the same redaction, however its words are formatted, becomes one replacement.
    let hidden = ''
    let end = index
    while (end < children.length) {
      const next = children[end]
      const nextRedaction = redactionOf(next)
      if (!next.isText || !nextRedaction || !sameRedaction(nextRedaction, redaction)) break
      hidden += next.text ?? ''
      end += 1
    }
    if (end === index) {
      // A redacted leaf (not text) is left out whole.
      index += 1
      continue
    }
    const text = fitReplacement(replacementFor(redaction.attrs as RedactionAttributes, pseudonyms), hidden, textOf(content))
    content.push({ type: 'text', text, marks: publicMarks(child) })
    index = end
  }
  const json: JSONContent = { type: node.type.name }
  if (Object.keys(node.attrs).length > 0) json.attrs = { ...node.attrs }
  const merged = content.filter((part) => part.type !== 'text' || (part.text ?? '') !== '')
  if (merged.length > 0) json.content = merged
  return json
}

/** The public version of a node and everything in it. */
export function toPublicNode(node: ProseMirrorNode, pseudonyms: PseudonymLookup): JSONContent {
  if (node.isTextblock) return publicTextblock(node, pseudonyms)
  if (node.isText) return { type: 'text', text: node.text ?? '', marks: publicMarks(node) }
  const json: JSONContent = { type: node.type.name }
  if (Object.keys(node.attrs).length > 0) json.attrs = { ...node.attrs }
  const content: JSONContent[] = []
  node.forEach((child) => content.push(toPublicNode(child, pseudonyms)))
  if (content.length > 0) json.content = content
  return json
}
