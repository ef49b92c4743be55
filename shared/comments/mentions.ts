/**
 * @module
 * Mentions in a comment: `@` followed by a review member's name (or the start of it, up to a space
 * after their first name), as the editor's suggestions insert them. Only members who may read the
 * report can be mentioned, and so notified.
 */
export interface Mentionable {
  id: string
  name: string
}

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The ids of the members `body` mentions, in the order first mentioned; longer names win over shorter ones they start with. */
export function findMentions(body: string, members: readonly Mentionable[]): string[] {
  const found: Array<{ id: string; at: number }> = []
  // Every name a member answers to (full name, first name), longest first across all members, so
  // "@Jane Smith" is Jane Smith even when another member's first name is also Jane.
  const candidates = members
    .flatMap((member) => [member.name.trim(), member.name.trim().split(/\s+/)[0]].filter((name, index, all) => name.length > 1 && all.indexOf(name) === index).map((name) => ({ id: member.id, name })))
    .sort((a, b) => b.name.length - a.name.length)
  const taken: Array<[number, number]> = []
  for (const { id, name } of candidates) {
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])@${escapeForRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu')
    for (const match of body.matchAll(pattern)) {
      const at = match.index + match[1].length
      const end = at + name.length + 1
      if (taken.some(([from, to]) => at < to && from < end)) continue
      taken.push([at, end])
      found.push({ id, at })
    }
  }
  return [...new Set(found.sort((a, b) => a.at - b.at).map((item) => item.id))]
}
