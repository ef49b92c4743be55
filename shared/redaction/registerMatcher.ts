/**
 * @module
 * Finds the register's names and aliases in plain text: case-insensitive, whole words only (so "Jane"
 * is found in "Jane's" and "Jane-Marie" but not in "Janet"), with any run of spaces or a line break
 * between the words of a name and either apostrophe. Built once per register, used on every block.
 */
import type { EntityCategory } from './categories.js'
import { termsOf, type RegisterEntity } from './register.js'

export interface RegisterMatch {
  entityId: string
  category: EntityCategory
  from: number
  to: number
  text: string
}

const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{M}]'

function normalise(term: string): string {
  return term.toLocaleLowerCase('en-GB').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ')
}

function termPattern(term: string): string {
  return term
    .split(' ')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’‘`]"))
    .join('\\s+')
}

export class RegisterMatcher {
  private readonly pattern: RegExp | null
  /** Normalised term -> the entity it names (the first registered, where two share a term). */
  private readonly owners = new Map<string, Pick<RegisterEntity, 'id' | 'category'>>()

  constructor(entities: ReadonlyArray<Pick<RegisterEntity, 'id' | 'realName' | 'aliases' | 'category'>>) {
    for (const entity of entities) {
      for (const term of termsOf(entity)) {
        const key = normalise(term)
        if (!this.owners.has(key)) this.owners.set(key, { id: entity.id, category: entity.category })
      }
    }
    // Longest first, so "Jane Smith" wins over "Jane" where both match at the same place.
    const terms = [...this.owners.keys()].sort((a, b) => b.length - a.length)
    this.pattern = terms.length === 0 ? null : new RegExp(`(?<!${WORD_CHARACTER})(?:${terms.map(termPattern).join('|')})(?!${WORD_CHARACTER})`, 'giu')
  }

  get isEmpty(): boolean {
    return this.pattern === null
  }

  /** Every registered term in the text, left to right, none overlapping. */
  find(text: string): RegisterMatch[] {
    if (!this.pattern) return []
    const matches: RegisterMatch[] = []
    for (const match of text.matchAll(this.pattern)) {
      const owner = this.owners.get(normalise(match[0]))
      if (!owner) continue
      const from = match.index ?? 0
      matches.push({ entityId: owner.id, category: owner.category, from, to: from + match[0].length, text: match[0] })
    }
    return matches
  }
}
