/**
 * @module
 * The leak check: a public output, in its final form, searched for every register name and alias,
 * the names of the people who work on the review, and every UK identifier. Each finding says what was
 * found, what it is, in which part of the output, and where the same text is in the report, so the
 * editor can jump to it. Accepted false positives (a common word that is also a surname, with the
 * author's written reason) are the only exception. The text of the panel's comments is searched for
 * too: a passage of four or more words of a comment found in a public output is a finding that no
 * acceptance waves through.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { z } from 'zod'
import { IDENTIFIER_LABELS, findIdentifiers } from './identifiers.js'
import { isSameFindingText, type AcceptedFinding } from './acceptedFindings.js'
import { ENTITY_CATEGORY_LABELS } from './categories.js'
import type { RegisterMatcher } from './registerMatcher.js'
import { collectTextBlocks } from './textBlocks.js'

export const LeakFindingSchema = z.object({
  text: z.string(),
  /** What it is: "Family member", "NHS number", "Name of a review member". */
  label: z.string(),
  /** The part of the output it was found in: "text", "metadata: title", "word/document.xml". */
  part: z.string(),
  /** Where the same text is in the report, if it is there. */
  place: z.object({ from: z.number(), to: z.number(), sectionId: z.string().nullable() }).nullable(),
  /** Set for text that came from a comment rather than a name or identifier. */
  kind: z.literal('comment').optional(),
})
export type LeakFinding = z.infer<typeof LeakFindingSchema>

export interface LeakScanner {
  matcher: RegisterMatcher
  /** Names that are not in the register but must never be published: the review's members' names. */
  memberNames: RegisterMatcher
  accepted: ReadonlyArray<Pick<AcceptedFinding, 'text'>>
  /** False to search for names only, e.g. in markup, where digits are not prose; true unless said. */
  identifiers?: boolean
  /** Passages of the review's comments (`commentPassages`), none of which may be published. */
  comments?: readonly CommentPassage[]
}

export const COMMENT_FINDING_LABEL = 'Text of a comment'
/** Shorter passages ("I agree", "see the IMR") are everyday phrases, not a comment's content. */
export const MIN_COMMENT_PASSAGE_WORDS = 4

export interface CommentPassage {
  /** The passage as written in the comment. */
  text: string
  /** Lower case, words only, one space between. */
  normalised: string
}

/** Text compared as words: case, punctuation and spacing (line breaks in a PDF) do not matter. */
export function normaliseForComparison(text: string): string {
  return text.normalize('NFKC').toLocaleLowerCase('en-GB').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** The passages of comment texts the leak check looks for: each sentence or line of four words or more. */
export function commentPassages(texts: readonly string[]): CommentPassage[] {
  const passages = new Map<string, CommentPassage>()
  for (const text of texts) {
    for (const piece of text.split(/(?<=[.!?;])\s+|\n+/)) {
      const normalised = normaliseForComparison(piece)
      if (normalised.split(' ').length >= MIN_COMMENT_PASSAGE_WORDS && !passages.has(normalised)) passages.set(normalised, { text: piece.trim(), normalised })
    }
  }
  return [...passages.values()]
}

function commentFindings(text: string, part: string, passages: readonly CommentPassage[]): LeakFinding[] {
  if (passages.length === 0) return []
  const haystack = ` ${normaliseForComparison(text)} `
  return passages.filter((passage) => haystack.includes(` ${passage.normalised} `)).map((passage) => ({ text: passage.text, label: COMMENT_FINDING_LABEL, part, place: null, kind: 'comment' as const }))
}

/** Findings in one piece of an output's text. */
export function scanText(text: string, part: string, scanner: LeakScanner): LeakFinding[] {
  const findings: LeakFinding[] = []
  const isAccepted = (found: string) => scanner.accepted.some((accepted) => isSameFindingText(accepted.text, found))
  const add = (found: string, label: string) => {
    if (!isAccepted(found)) findings.push({ text: found, label, part, place: null })
  }
  for (const match of scanner.matcher.find(text)) add(match.text, ENTITY_CATEGORY_LABELS[match.category])
  for (const match of scanner.memberNames.find(text)) add(match.text, 'Name of a review member')
  if (scanner.identifiers !== false) for (const match of findIdentifiers(text)) add(match.text, IDENTIFIER_LABELS[match.kind])
  findings.push(...commentFindings(text, part, scanner.comments ?? []))
  return findings
}

/** Adds to each finding where its text first appears in the report, for the editor to jump to. */
export function placeFindings(findings: LeakFinding[], report: ProseMirrorNode): LeakFinding[] {
  const blocks = collectTextBlocks(report)
  return findings.map((finding) => {
    const needle = finding.text.toLocaleLowerCase('en-GB')
    for (const block of blocks) {
      const at = block.text.toLocaleLowerCase('en-GB').indexOf(needle)
      if (at < 0) continue
      return { ...finding, place: { from: block.positions[at] ?? 0, to: (block.positions[at + needle.length - 1] ?? 0) + 1, sectionId: block.sectionId } }
    }
    return finding
  })
}
