/**
 * @module
 * What in a document still identifies someone: every registered name or alias, and every UK
 * identifier, that is not wholly under a redaction mark. The editor highlights these as they are
 * typed; the executive summary's leak check refuses an export that has any.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { ENTITY_CATEGORY_LABELS, type EntityCategory } from './categories.js'
import { IDENTIFIER_LABELS, findIdentifiers, type IdentifierKind } from './identifiers.js'
import type { RegisterMatcher } from './registerMatcher.js'
import { collectTextBlocks, isFullyRedacted, rangeInDocument, type TextBlock } from './textBlocks.js'

export type FindingSource = { kind: 'register'; entityId: string; category: EntityCategory } | { kind: 'identifier'; identifier: IdentifierKind }

export interface Finding {
  text: string
  source: FindingSource
  /** A label a person reads: "Child", "NHS number". */
  label: string
  /** Where it is in the document, for highlighting and for jumping to it. */
  from: number
  to: number
  sectionId: string | null
}

export function labelOf(source: FindingSource): string {
  return source.kind === 'register' ? ENTITY_CATEGORY_LABELS[source.category] : IDENTIFIER_LABELS[source.identifier]
}

/** Findings in one text block that are not wholly redacted. */
export function findInBlock(block: TextBlock, matcher: RegisterMatcher): Finding[] {
  const findings: Finding[] = []
  const add = (from: number, to: number, source: FindingSource) => {
    if (isFullyRedacted(block, from, to)) return
    findings.push({ text: block.text.slice(from, to), source, label: labelOf(source), ...rangeInDocument(block, from, to), sectionId: block.sectionId })
  }
  for (const match of matcher.find(block.text)) add(match.from, match.to, { kind: 'register', entityId: match.entityId, category: match.category })
  for (const match of findIdentifiers(block.text)) add(match.from, match.to, { kind: 'identifier', identifier: match.kind })
  return findings
}

/** Every unredacted name, alias and identifier in the document, in document order. */
export function findUnredacted(doc: ProseMirrorNode, matcher: RegisterMatcher): Finding[] {
  return collectTextBlocks(doc)
    .flatMap((block) => findInBlock(block, matcher))
    .sort((a, b) => a.from - b.from)
}
