/**
 * @module
 * Hostile variants of a request a route accepts: bodies that are not JSON, not UTF-8, not labelled
 * JSON, too large, or JSON that names object internals; every field in turn with the wrong type, far
 * too long, or with characters no keyboard types; path parameters with broken percent-encoding or
 * control characters; and query strings and cookies a browser would never send.
 */
import type { JsonObject, JsonValue } from './httpRouteCases.js'

export interface BodyAttack {
  label: string
  body: string | Uint8Array | Uint8Array[]
  /** Null: no Content-Type header at all. */
  contentType: string | null
}

const JSON_TYPE = 'application/json'
const encoder = new TextEncoder()

/** Every path to a value in `value`, containers included: `[]` is the whole body. */
function pathsOf(value: JsonValue, path: Array<string | number> = []): Array<Array<string | number>> {
  const children = Array.isArray(value) ? value.map((child, index) => pathsOf(child, [...path, index])) : value !== null && typeof value === 'object' ? Object.entries(value).map(([key, child]) => pathsOf(child, [...path, key])) : []
  return [path, ...children.flat()]
}

function valueAt(value: JsonValue, path: Array<string | number>): JsonValue {
  return path.reduce<JsonValue>((current, key) => (current as Record<string | number, JsonValue>)[key], value)
}

function withValue(value: JsonValue, path: Array<string | number>, replacement: JsonValue): JsonValue {
  if (path.length === 0) return replacement
  const [key, ...rest] = path
  if (Array.isArray(value)) return value.map((child, index) => (index === key ? withValue(child, rest, replacement) : child))
  const object = value as JsonObject
  return { ...object, [key]: withValue(object[key], rest, replacement) }
}

/** Values of another type than the field's, none of which the schemas take in its place (not null: some fields may be null). */
function wrongTypesFor(value: JsonValue): JsonValue[] {
  if (Array.isArray(value)) return [12345, true, 'text', {}]
  if (value !== null && typeof value === 'object') return [12345, true, 'text', []]
  // A number or a yes/no field takes any other number or yes/no: text stands in for those.
  if (typeof value === 'number') return ['12345', true, [], {}]
  if (typeof value === 'boolean') return [12345, 'true', [], {}]
  return [12345, true, [], {}]
}

export const HIDDEN_CHARACTERS: Record<string, string> = {
  'a NUL': '\u0000',
  'a terminal escape': '\u001b[2J',
  'a right-to-left override': '\u202e',
  'a line break': '\n',
  'half of a broken character': '\ud800',
}

function fieldAttacks(valid: JsonObject, anyText: string[]): BodyAttack[] {
  const attacks: BodyAttack[] = []
  const json = (label: string, body: JsonValue) => attacks.push({ label, body: JSON.stringify(body), contentType: JSON_TYPE })
  for (const path of pathsOf(valid).slice(1)) {
    const name = path.join('.')
    const current = valueAt(valid, path)
    for (const wrong of wrongTypesFor(current)) json(`${name} as ${JSON.stringify(wrong)}`, withValue(valid, path, wrong))
    if (typeof current !== 'string') continue
    json(`${name} 10,000 characters long`, withValue(valid, path, 'x'.repeat(10_000)))
    if (anyText.includes(name)) continue
    // Inside the text, where trimming the ends of a field does not take it away.
    for (const [what, character] of Object.entries(HIDDEN_CHARACTERS)) json(`${name} with ${what}`, withValue(valid, path, `${current.slice(0, 1)}${character}${current.slice(1)}`))
  }
  return attacks
}

function withBrokenUtf8(valid: JsonObject): Uint8Array {
  const [key] = Object.keys(valid)
  const text = JSON.stringify({ ...valid, [key]: 'BROKEN' })
  const [before, after] = text.split('BROKEN')
  return Uint8Array.from([...encoder.encode(`${before}ok`), 0xff, 0xfe, 0xc3, ...encoder.encode(after)])
}

function multipart(valid: JsonObject): string {
  const parts = Object.entries(valid).map(([key, value]) => `--boundary\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${String(value)}\r\n`)
  return `${parts.join('')}--boundary--\r\n`
}

export function bodyAttacks(valid: JsonObject, anyText: string[] = []): BodyAttack[] {
  const validText = JSON.stringify(valid)
  const huge = JSON.stringify({ ...valid, padding: 'x'.repeat(1024 * 1024) })
  return [
    { label: 'JSON cut short', body: validText.slice(0, -2), contentType: JSON_TYPE },
    { label: 'an empty body', body: '', contentType: JSON_TYPE },
    ...['[]', 'null', '"text"', '42', 'true'].map((body) => ({ label: `the JSON ${body}`, body, contentType: JSON_TYPE })),
    { label: 'JSON labelled as plain text', body: validText, contentType: 'text/plain' },
    { label: 'JSON with no Content-Type', body: validText, contentType: null },
    { label: 'a form', body: new URLSearchParams(Object.entries(valid).map(([key, value]) => [key, String(value)])).toString(), contentType: 'application/x-www-form-urlencoded' },
    { label: 'a multipart form', body: multipart(valid), contentType: 'multipart/form-data; boundary=boundary' },
    { label: 'JSON said to be Latin-1', body: validText, contentType: `${JSON_TYPE}; charset=iso-8859-1` },
    { label: 'JSON that is not UTF-8', body: withBrokenUtf8(valid), contentType: JSON_TYPE },
    { label: 'a __proto__ key', body: `{"__proto__":{"isAdmin":true},${validText.slice(1)}`, contentType: JSON_TYPE },
    { label: 'a nested __proto__ key', body: `{"extra":{"__proto__":{"polluted":true}},${validText.slice(1)}`, contentType: JSON_TYPE },
    { label: 'a constructor.prototype key', body: `{"constructor":{"prototype":{"polluted":true}},${validText.slice(1)}`, contentType: JSON_TYPE },
    { label: 'nesting 20,000 deep', body: `${'['.repeat(20_000)}${']'.repeat(20_000)}`, contentType: JSON_TYPE },
    { label: '1 MiB of JSON', body: huge, contentType: JSON_TYPE },
    { label: '1 MiB of JSON in chunks, with no length given', body: Array.from({ length: 64 }, (_, index) => encoder.encode(huge.slice(index * 16_400, (index + 1) * 16_400))), contentType: JSON_TYPE },
    ...fieldAttacks(valid, anyText),
  ]
}

/** Values for a path parameter that no review or member has, each as it goes on the wire. */
export const PARAMETER_ATTACKS: Record<string, string> = {
  'a lone percent sign': '%',
  'a percent sign without hex digits': '%zz',
  'a cut-short UTF-8 sequence': '%E0%A4%A',
  'an overlong encoding of a slash': '%C0%AF',
  'an encoded NUL': 'child-k%00',
  'an encoded terminal escape': '%1B%5B2J',
  'an encoded right-to-left override': 'child-k%E2%80%AE',
  'an encoded path outside the API': '..%2F..%2Fdb.json',
  'letters outside ASCII': '%C3%84%C3%96',
  '5,000 characters': 'a'.repeat(5_000),
}

/** Query strings no page sends; no route reads a query, so each must be answered as if it were absent. */
export const QUERY_ATTACKS: Record<string, string> = {
  'broken percent-encoding': '?%zz=%&%E0%A4%A=1&x=%',
  'control characters': '?id=%00%1B%7F&name=%E2%80%AE',
  'a parameter given 500 times': `?${Array.from({ length: 500 }, (_, index) => `id=${index}`).join('&')}`,
  '8,000 characters': `?q=${'x'.repeat(8_000)}`,
  '__proto__ parameters': '?__proto__[isAdmin]=true&constructor[prototype][x]=1',
}
