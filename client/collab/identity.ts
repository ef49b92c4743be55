/**
 * @module
 * Who the person at this browser is to their collaborators: a name and a caret colour. Until
 * accounts exist the name is chosen here and remembered in this browser.
 */
const NAME_KEY = 'overview-studio:name'

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

export function loadIdentity(): Identity {
  let name = ''
  try {
    name = window.localStorage.getItem(NAME_KEY) ?? ''
  } catch {
    // Storage can be switched off; a generated name still works for this visit.
  }
  if (!name) {
    name = `Guest ${Math.floor(1000 + Math.random() * 9000)}`
    saveName(name)
  }
  return { name, color: colourFor(name) }
}

export function saveName(name: string): void {
  try {
    window.localStorage.setItem(NAME_KEY, name)
  } catch {
    // See loadIdentity.
  }
}

export const MAX_NAME_LENGTH = 60

export function cleanName(input: string): string {
  return input.replace(/\s+/g, ' ').trim().slice(0, MAX_NAME_LENGTH)
}
