/**
 * @module
 * Suggesting review members while a comment is typed: the `@name` being written just before the
 * caret, the members whose name (or a word of it) starts with what was typed, and the text with the
 * chosen member's name put in, as `findMentions` reads it back.
 */
import type { Mentionable } from '../../shared/comments/mentions'

export interface MentionQuery {
  /** Where the `@` is. */
  start: number
  /** What follows it, up to the caret. */
  query: string
}

/** The mention being typed at `caret`: an `@` at the start or after a space or punctuation, and at most three words after it. */
export function mentionQueryAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret)
  const match = /(^|[^\p{L}\p{N}@])@([\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’()-]*){0,3})$/u.exec(before)
  if (!match) return null
  const query = match[2]
  // A space just typed ends the suggestions (a name put in ends with one); the next letter brings them back.
  if (query.length > 60 || /\s$|^\s/.test(query)) return null
  return { start: match.index + match[1].length, query }
}

const words = (name: string) => name.toLowerCase().split(/[\s()]+/).filter(Boolean)

export function suggestMembers(members: readonly Mentionable[], query: string, limit = 6): Mentionable[] {
  const wanted = query.toLowerCase().trim()
  if (!wanted) return members.slice(0, limit)
  return members
    .filter((member) => member.name.toLowerCase().startsWith(wanted) || (!wanted.includes(' ') && words(member.name).some((word) => word.startsWith(wanted))))
    .slice(0, limit)
}

/** The text with the mention at `at` completed to `@Name `, and where the caret goes after it. */
export function insertMention(text: string, at: MentionQuery, caret: number, member: Mentionable): { text: string; caret: number } {
  const inserted = `@${member.name} `
  const after = text.slice(caret).replace(/^ /, '')
  return { text: text.slice(0, at.start) + inserted + after, caret: at.start + inserted.length }
}

export type BodyPart = { text: string; mention: boolean }

/** A comment's text in pieces, the `@Name` of each member it mentions apart, to be shown in bold. */
export function splitMentions(body: string, members: readonly Mentionable[]): BodyPart[] {
  const names = [...new Set(members.flatMap((member) => [member.name, member.name.split(/\s+/)[0]]))].filter((name) => name.length > 1).sort((a, b) => b.length - a.length)
  if (names.length === 0) return [{ text: body, mention: false }]
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])@(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
  const parts: BodyPart[] = []
  let last = 0
  for (const match of body.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: body.slice(last, match.index), mention: false })
    parts.push({ text: match[0], mention: true })
    last = match.index + match[0].length
  }
  if (last < body.length) parts.push({ text: body.slice(last), mention: false })
  return parts
}
