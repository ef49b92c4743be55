/**
 * @module
 * Every XML part of a .docx read back as text, to leak-check the file in its final form: for Word's
 * parts the text of each paragraph (runs joined, so "J" in bold and "ane" in plain read "Jane"), for
 * every other part (document properties, custom XML, relationships) the text of every element, and
 * for all parts their markup (attribute values, comments). A part that is not well-formed XML, or not
 * XML at all, is not skipped: reading it throws an error that names the part.
 */
import JSZip from 'jszip'

export interface DocxPart {
  /** The part's path in the zip: "word/document.xml", "docProps/core.xml". */
  part: string
  text: string
  /** What the part holds besides its text: attribute values (namespace declarations left out) and comments, one a line. */
  markup: string
}

const TOKEN = /<!--([\s\S]*?)-->|<\?[\s\S]*?\?>|<!\[CDATA\[([\s\S]*?)\]\]>|<(\/?)([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y
const ATTRIBUTE = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
/** Word's elements whose characters are text a reader sees (or a field code or deleted text, which a reader can reveal). */
const TEXT_ELEMENTS = new Set(['t', 'delText', 'instrText', 'delInstrText'])
const CHARACTER_ELEMENTS: Record<string, string> = { tab: '\t', ptab: '\t', br: '\n', cr: '\n', noBreakHyphen: '-' }

/** An error for a part that could not be read, so the caller can say which. */
export function unreadablePart(part: string, reason: string, cause?: unknown): Error & { part: string } {
  return Object.assign(new Error(`${part} could not be read: ${reason}`, { cause }), { part })
}

function decodeEntities(text: string, part: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);|&/gi, (whole, name: string | undefined) => {
    if (name === undefined) throw unreadablePart(part, 'a bare "&" in its text')
    if (name.startsWith('#')) {
      const code = /^#x/i.test(name) ? parseInt(name.slice(2), 16) : Number(name.slice(1))
      if (!(code <= 0x10ffff)) throw unreadablePart(part, `a character reference out of range, ${whole}`)
      return String.fromCodePoint(code)
    }
    const decoded = NAMED_ENTITIES[name]
    if (decoded === undefined) throw unreadablePart(part, `an unknown entity ${whole}`)
    return decoded
  })
}

const localName = (qualifiedName: string) => qualifiedName.slice(qualifiedName.indexOf(':') + 1)

/** Reads one XML part; in Word's parts, text is gathered per paragraph (`w:p`, `a:p`), nested ones included. */
export function readXmlPart(part: string, xml: string): DocxPart {
  const isWordPart = part.startsWith('word/')
  const lines: string[] = []
  const markup: string[] = []
  const open: string[] = []
  const paragraphs: string[] = []
  let insideText = 0
  const addText = (text: string) => {
    if (paragraphs.length > 0) paragraphs[paragraphs.length - 1] += text
    else lines.push(text)
  }
  TOKEN.lastIndex = 0
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex
    const token = TOKEN.exec(xml)
    if (!token) throw unreadablePart(part, `it is not well-formed XML at character ${at}`)
    const [whole, comment, cdata, closing, name, attributeText, selfClosing, characters] = token
    if (comment !== undefined) markup.push(comment)
    if (whole.startsWith('<!--') || whole.startsWith('<?')) continue
    const data = cdata ?? (characters === undefined ? undefined : decodeEntities(characters, part))
    if (data !== undefined) {
      if (isWordPart && insideText > 0) addText(data)
      else if (data.trim() !== '') addText(isWordPart ? `\n${data}` : data)
      continue
    }
    if (name === undefined) throw unreadablePart(part, `it is not well-formed XML at character ${at}`)
    const local = localName(name)
    if (closing) {
      if (open.pop() !== name) throw unreadablePart(part, `</${name}> closes an element it did not open`)
      if (TEXT_ELEMENTS.has(local)) insideText--
      if (isWordPart && local === 'p') lines.push(paragraphs.pop() ?? '')
      continue
    }
    for (const [, attribute = '', doubleQuoted, singleQuoted] of (attributeText ?? '').matchAll(ATTRIBUTE)) {
      if (attribute !== 'xmlns' && !attribute.startsWith('xmlns:')) markup.push(decodeEntities(doubleQuoted ?? singleQuoted ?? '', part))
    }
    if (isWordPart && local in CHARACTER_ELEMENTS) addText(CHARACTER_ELEMENTS[local] ?? '')
    if (selfClosing) continue
    open.push(name)
    if (TEXT_ELEMENTS.has(local)) insideText++
    if (isWordPart && local === 'p') paragraphs.push('')
  }
  if (open.length > 0) throw unreadablePart(part, `<${open.at(-1)}> is never closed`)
  return { part, text: lines.join('\n'), markup: markup.join('\n') }
}

const isXmlPart = (path: string) => /\.(xml|rels)$/i.test(path)

/** Every part of the file, read; throws for a file that is not a zip and for any part that is not XML. */
export async function readDocxParts(bytes: Uint8Array): Promise<DocxPart[]> {
  let zip: JSZip
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: true })
  } catch (error) {
    throw unreadablePart('file', 'it is not a zip archive', error)
  }
  const parts: DocxPart[] = []
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue
    if (!isXmlPart(entry.name)) throw unreadablePart(entry.name, 'it is not an XML part, so its text cannot be checked')
    let xml: string
    try {
      xml = new TextDecoder('utf-8', { fatal: true }).decode(await entry.async('uint8array'))
    } catch (error) {
      throw unreadablePart(entry.name, 'it could not be unpacked as UTF-8 text', error)
    }
    // UTF-16 read as UTF-8 would look like text with NULs between the letters, and hide every name.
    if (xml.includes('\u0000')) throw unreadablePart(entry.name, 'it is not UTF-8 text')
    parts.push(readXmlPart(entry.name, xml.replace(/^\uFEFF/, '')))
  }
  return parts
}

export async function extractDocxText(bytes: Uint8Array): Promise<Array<{ part: string; text: string }>> {
  return (await readDocxParts(bytes)).map(({ part, text }) => ({ part, text }))
}
