/**
 * @module
 * Who the person at this browser is to their collaborators: their account's name and a caret colour
 * derived from it, so the same person has the same colour on every screen.
 */

/** Dark enough that white label text on them passes WCAG AA contrast (4.5:1). */
export const CARET_COLOURS = ['#1d70b8', '#00703c', '#d4351c', '#4c2c92', '#b52e7e', '#005a30', '#6f4c00', '#28a197'] as const

export interface Identity {
  name: string
  color: string
}

export function colourFor(name: string): string {
  let hash = 0
  for (const character of name) hash = (hash * 31 + character.charCodeAt(0)) >>> 0
  return CARET_COLOURS[hash % CARET_COLOURS.length]
}

export function identityFor(name: string): Identity {
  return { name, color: colourFor(name) }
}
