/**
 * @module
 * Text a person types into a one-line field (a title, a name), as request bodies may carry it:
 * trimmed, not empty, not too long, and free of characters that no keyboard types but that change
 * how text reads or prints elsewhere: control characters (NUL, escape, line breaks), the invisible
 * marks that reorder text right to left, and halves of broken characters.
 */
import { z } from 'zod'

const HIDDEN_CHARACTERS = /[\p{Cc}\p{Cs}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u

export function containsHiddenCharacters(text: string): boolean {
  return HIDDEN_CHARACTERS.test(text)
}

export function singleLineText(maxLength: number, emptyMessage: string) {
  return z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(maxLength, `Use ${maxLength} characters or fewer.`)
    .refine((text) => !containsHiddenCharacters(text), 'Use only ordinary characters: no line breaks, tabs or invisible formatting marks.')
}
