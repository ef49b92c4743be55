/**
 * @module
 * The [square-bracket] gaps of the media statement's template that are still in its text: each is a
 * warning, shown on the page and with the exports, never a refusal (a statement may quote a bracket on
 * purpose). Redacted text is not looked at: a redaction published as "[a place]" is no gap.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { collectTextBlocks, isFullyRedacted } from '../redaction/textBlocks.js'

const GAP = /\[[^[\]\n]{1,300}\]/g

export interface UnfilledGap {
  /** The gap as written, brackets included. */
  text: string
  sectionId: string | null
}

export function findUnfilledGaps(doc: ProseMirrorNode): UnfilledGap[] {
  const gaps: UnfilledGap[] = []
  for (const block of collectTextBlocks(doc)) {
    for (const match of block.text.matchAll(GAP)) {
      const from = match.index ?? 0
      if (!isFullyRedacted(block, from, from + match[0].length)) gaps.push({ text: match[0], sectionId: block.sectionId })
    }
  }
  return gaps
}

/** The warning a person reads, or null when every gap is filled. */
export function unfilledGapsWarning(gaps: readonly UnfilledGap[]): string | null {
  if (gaps.length === 0) return null
  const first = gaps[0].text.length > 60 ? `${gaps[0].text.slice(0, 57)}…]` : gaps[0].text
  return gaps.length === 1 ? `One gap in square brackets is still to fill: ${first}.` : `${gaps.length} gaps in square brackets are still to fill, the first: ${first}.`
}
