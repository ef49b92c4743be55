/**
 * @module
 * The leak check: a public output, in its final form, searched for every register name and alias,
 * the names of the people who work on the review, and every UK identifier. Each finding says what was
 * found, what it is, in which part of the output, and where the same text is in the report, so the
 * editor can jump to it. Accepted false positives (a common word that is also a surname, with the
 * author's written reason) are the only exception.
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
})
export type LeakFinding = z.infer<typeof LeakFindingSchema>

export interface LeakScanner {
  matcher: RegisterMatcher
  /** Names that are not in the register but must never be published: the review's members' names. */
  memberNames: RegisterMatcher
  accepted: ReadonlyArray<Pick<AcceptedFinding, 'text'>>
  /** False to search for names only, e.g. in markup, where digits are not prose; true unless said. */
  identifiers?: boolean
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
