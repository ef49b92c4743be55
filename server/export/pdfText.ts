/**
 * @module
 * A PDF read back as text, to leak-check the file in its final form: each page's text as a reader
 * selects it (pieces on one line joined, so "J" in bold and "ane" in plain read "Jane"), with its
 * annotations; the information dictionary and XMP metadata; the bookmarks. A file PDF.js cannot open,
 * a page it cannot read, or an attached file (whose content is not checked) throws an error naming it.
 * PDF.js is loaded on first use, in the server's own thread, with no fonts, no eval and no network.
 */
import { unreadablePart } from './docxText.js'

export interface PdfPart {
  /** "page 1", "page 2", …, "metadata", "bookmarks". */
  part: string
  text: string
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>
type TextItem = Extract<Awaited<ReturnType<Awaited<ReturnType<PdfDocument['getPage']>>['getTextContent']>>['items'][number], { str: string }>
type Outline = Awaited<ReturnType<PdfDocument['getOutline']>>

let pdfJs: Promise<PdfJs> | null = null
const loadPdfJs = () => (pdfJs ??= import('pdfjs-dist/legacy/build/pdf.mjs'))

/** Every string in a value read from the file (the info dictionary holds strings, dates, nested custom entries). */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(stringsIn)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(stringsIn)
  return []
}

/** What an annotation (a note, a link, a form field) shows or leads to. */
const ANNOTATION_TEXTS = new Set(['contentsObj', 'titleObj', 'url', 'unsafeUrl', 'alternativeText', 'fieldValue'])

function outlineTitles(items: Outline | null): string[] {
  return (items ?? []).flatMap((item) => [item.title, ...stringsIn(item.url), ...outlineTitles(item.items)])
}

/**
 * A page's pieces of text as a reader sees them: a new line where the baseline moves, a space where a
 * gap is left, nothing between pieces that touch. A name broken over two lines must not read as one
 * word with its neighbour, where the search would not find it.
 */
function joinItems(items: TextItem[]): string {
  let text = ''
  let previous: TextItem | null = null
  for (const item of items) {
    const [, , , , x = 0, y = 0] = item.transform
    if (previous) {
      const [, , , , previousX = 0, previousY = 0] = previous.transform
      const isNewLine = previous.hasEOL || Math.abs(y - previousY) > Math.max(1, previous.height / 2)
      if (isNewLine) text += text.endsWith('\n') ? '' : '\n'
      else if (x - (previousX + previous.width) > Math.max(previous.height, 1) * 0.15) text += ' '
    }
    text += item.str
    previous = item
  }
  return text
}

async function pageText(pdf: PdfDocument, pageNumber: number): Promise<string> {
  const page = await pdf.getPage(pageNumber)
  const content = await page.getTextContent()
  const text = joinItems(content.items.flatMap((item) => ('str' in item ? [item] : [])))
  const annotations: unknown[] = await page.getAnnotations({ intent: 'any' })
  const notes = annotations.flatMap((annotation) =>
    annotation !== null && typeof annotation === 'object' ? Object.entries(annotation).flatMap(([key, value]) => (ANNOTATION_TEXTS.has(key) ? stringsIn(value) : [])) : [],
  )
  page.cleanup()
  return [text, ...notes].join('\n')
}

async function metadataText(pdf: PdfDocument): Promise<string> {
  try {
    const { info, metadata } = await pdf.getMetadata()
    const xmp: unknown[] = metadata ? [...metadata] : []
    return [...stringsIn(info), ...stringsIn(xmp)].join('\n')
  } catch (error) {
    throw unreadablePart('metadata', 'the document information could not be read', error)
  }
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfPart[]> {
  const { getDocument } = await loadPdfJs()
  // PDF.js takes over the buffer it is given: a copy leaves the caller's bytes whole.
  const task = getDocument({ data: bytes.slice(), useSystemFonts: false, disableFontFace: true, isEvalSupported: false, useWorkerFetch: false, isOffscreenCanvasSupported: false, enableXfa: false, stopAtErrors: true, verbosity: 0 })
  let pdf: PdfDocument
  try {
    pdf = await task.promise
  } catch (error) {
    await task.destroy()
    throw unreadablePart('file', 'it is not a PDF that can be opened without a password', error)
  }
  try {
    const parts: PdfPart[] = []
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber++) {
      const part = `page ${pageNumber}`
      try {
        parts.push({ part, text: await pageText(pdf, pageNumber) })
      } catch (error) {
        throw unreadablePart(part, 'its text could not be extracted', error)
      }
    }
    parts.push({ part: 'metadata', text: await metadataText(pdf) })
    parts.push({ part: 'bookmarks', text: outlineTitles(await pdf.getOutline()).join('\n') })
    const attachments: unknown = await pdf.getAttachments()
    if (attachments !== null && typeof attachments === 'object' && Object.keys(attachments).length > 0) {
      throw unreadablePart(`attachment ${Object.keys(attachments)[0]}`, 'files attached to a PDF are not checked')
    }
    return parts
  } finally {
    await task.destroy()
  }
}
