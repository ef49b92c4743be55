/**
 * @module
 * Short random ids for sections and other blocks. Uses `crypto.getRandomValues`, which browsers offer
 * outside secure contexts too (unlike `randomUUID`), and which Node has as a global.
 */
const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789'

export function createId(prefix: string, length = 12): string {
  const bytes = new Uint8Array(length)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte % ALPHABET.length]
  return `${prefix}_${id}`
}

export const SECTION_ID_PATTERN = /^sec_[a-z0-9]{6,32}$/
