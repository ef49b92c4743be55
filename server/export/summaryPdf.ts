/**
 * @module
 * The executive summary as a PDF, from the public schema JSON: A4, selectable text in the standard
 * Helvetica fonts (nothing to embed or install), headings with bookmarks, lists, simple tables and page
 * numbers, British English, and neutral properties (title, the board's name as author and creator).
 * The standard fonts hold only the WinAnsi characters: others become their unaccented letter where
 * there is one ("ń" reads "n"), otherwise "?".
 */
import type { JSONContent } from '@tiptap/core'
import { excerptCaption, readExcerptAttributes } from '../../shared/schema/imrExcerpt.js'

export interface SummaryPdfOptions {
  title: string
  /** The board's name, as the document's author and creator; a neutral phrase when it is not set. */
  publisher: string
}

export const PDF_PRODUCER = 'Overview Studio'

/** Characters past Latin-1 that WinAnsi still has: curly quotes, dashes, the bullet, the euro. */
const WIN_ANSI_EXTRAS = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽž˜')
const isWinAnsi = (character: string) => {
  const code = character.codePointAt(0) ?? 0
  return character === '\n' || (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_EXTRAS.has(character)
}

/** The characters of a text that the PDF cannot show as written. */
export function charactersOutsideWinAnsi(text: string): string[] {
  return [...new Set([...text.normalize('NFC')].filter((character) => !isWinAnsi(character) && character !== '\t'))]
}

/** The text as the standard fonts can show it. */
export function toWinAnsi(text: string): string {
  return [...text.normalize('NFC')]
    .map((character) => {
      if (isWinAnsi(character)) return character
      if (character === '\t') return ' '
      const unaccented = character.normalize('NFKD').replace(/\p{M}/gu, '')
      return unaccented !== '' && [...unaccented].every(isWinAnsi) ? unaccented : '?'
    })
    .join('')
}

const FONTS = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', boldItalic: 'Helvetica-BoldOblique' }
const BODY_SIZE = 11
const HEADING_SIZES: Record<number, number> = { 1: 20, 2: 16, 3: 13.5, 4: 12 }
const INDENT = 18
const BULLETS = ['•', '–', '·']
/** 2.5 cm. */
const MARGIN = 71

interface Run {
  text: string
  marks: Set<string>
}

interface Area {
  x: number
  width: number
}

const plainText = (content: JSONContent[] | undefined): string =>
  (content ?? []).map((node) => (node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : plainText(node.content))).join('')

/** Writes the summary's nodes onto the pages, top to bottom. */
class SummaryPdfWriter {
  private readonly outline: PDFKit.PDFOutline[] = []

  constructor(private readonly pdf: PDFKit.PDFDocument) {}

  /** A new page when fewer than `height` points are left, so a heading or a list marker is not left alone. */
  private keepSpace(height: number): void {
    if (this.pdf.y + height > this.pdf.page.height - this.pdf.page.margins.bottom) this.pdf.addPage()
  }

  /** The runs of a paragraph, cut into lines at its hard breaks. */
  private lines(content: JSONContent[] | undefined): Run[][] {
    const lines: Run[][] = [[]]
    for (const node of content ?? []) {
      if (node.type === 'hardBreak') lines.push([])
      if (node.type !== 'text' || !node.text) continue
      const marks = new Set((node.marks ?? []).map((mark) => mark.type))
      toWinAnsi(node.text)
        .split('\n')
        .forEach((text, index) => {
          if (index > 0) lines.push([])
          if (text !== '') lines.at(-1)?.push({ text, marks })
        })
    }
    return lines
  }

  // pdfkit's `continued` text loses a line break inside it, so each line is a chain of its own.
  private inline(content: JSONContent[] | undefined, area: Area, size: number, isBold: boolean): void {
    for (const runs of this.lines(content)) {
      if (runs.length === 0) this.pdf.font(FONTS.regular).fontSize(size).text(' ', area.x, this.pdf.y, { width: area.width, lineGap: 2 })
      runs.forEach(({ text, marks }, index) => {
        const bold = isBold || marks.has('bold')
        const italic = marks.has('italic')
        this.pdf.font(bold ? (italic ? FONTS.boldItalic : FONTS.bold) : italic ? FONTS.italic : FONTS.regular).fontSize(size)
        const options: PDFKit.Mixins.TextOptions = { width: area.width, continued: index < runs.length - 1, underline: marks.has('underline'), strike: marks.has('strike'), lineGap: 2 }
        if (index === 0) this.pdf.text(text, area.x, this.pdf.y, options)
        else this.pdf.text(text, options)
      })
    }
    this.pdf.moveDown(0.5)
  }

  private heading(node: JSONContent, area: Area): void {
    const level = Math.min(4, Math.max(1, Number(node.attrs?.level ?? 2)))
    const size = HEADING_SIZES[level] ?? BODY_SIZE
    this.keepSpace(size * 4)
    this.pdf.moveDown(0.4)
    const title = toWinAnsi(plainText(node.content))
    this.outline.length = Math.max(0, level - 2)
    const parent = this.outline.at(-1) ?? this.pdf.outline
    this.outline.push(parent.addItem(title))
    this.inline(node.content, area, size, true)
  }

  private list(node: JSONContent, area: Area, depth: number): void {
    const start = Number.isSafeInteger(node.attrs?.start) ? Math.max(0, Number(node.attrs?.start)) : 1
    ;(node.content ?? []).forEach((item, index) => {
      this.keepSpace(BODY_SIZE * 2)
      const marker = node.type === 'orderedList' ? `${start + index}.` : (BULLETS[depth % BULLETS.length] ?? '•')
      const top = this.pdf.y
      this.pdf.font(FONTS.regular).fontSize(BODY_SIZE).text(marker, area.x, top, { width: INDENT + 4, lineBreak: false })
      this.pdf.y = top
      this.blocks(item.content, { x: area.x + INDENT + 6, width: area.width - INDENT - 6 }, depth + 1)
    })
  }

  private table(node: JSONContent, area: Area): void {
    const data = (node.content ?? []).map((row) =>
      (row.content ?? []).map((cell) => ({
        text: toWinAnsi((cell.content ?? []).map((block) => plainText(block.content)).join('\n')),
        colSpan: Math.max(1, Number(cell.attrs?.colspan ?? 1)),
        rowSpan: Math.max(1, Number(cell.attrs?.rowspan ?? 1)),
        type: cell.type === 'tableHeader' ? ('TH' as const) : ('TD' as const),
        font: { src: cell.type === 'tableHeader' ? FONTS.bold : FONTS.regular, size: BODY_SIZE - 1 },
      })),
    )
    if (data.length === 0) return
    this.pdf.font(FONTS.regular).fontSize(BODY_SIZE - 1)
    this.pdf.table({ data, position: { x: area.x, y: this.pdf.y }, maxWidth: area.width, defaultStyle: { border: 0.5, borderColor: '#b1b4b6', padding: 4 } })
    this.pdf.x = area.x
    this.pdf.moveDown(1)
  }

  blocks(content: JSONContent[] | undefined, area: Area, depth = 0): void {
    for (const node of content ?? []) {
      switch (node.type) {
        case 'heading':
          this.heading(node, area)
          break
        case 'paragraph':
          this.inline(node.content, area, BODY_SIZE, false)
          break
        case 'bulletList':
        case 'orderedList':
          this.list(node, area, depth)
          break
        case 'blockquote':
          this.blocks(node.content, { x: area.x + INDENT, width: area.width - INDENT }, depth)
          break
        case 'imrExcerpt': {
          const quote = { x: area.x + INDENT, width: area.width - INDENT }
          this.keepSpace(BODY_SIZE * 4)
          this.inline([{ type: 'text', text: excerptCaption(readExcerptAttributes(node.attrs ?? {})) }], quote, BODY_SIZE, true)
          this.blocks(node.content, quote, depth)
          break
        }
        case 'table':
          this.table(node, area)
          break
        case 'horizontalRule':
          this.pdf.moveTo(area.x, this.pdf.y).lineTo(area.x + area.width, this.pdf.y).lineWidth(0.5).strokeColor('#b1b4b6').stroke()
          this.pdf.moveDown(0.5)
          break
        default:
          this.blocks(node.content, area, depth)
      }
    }
  }
}

function numberPages(pdf: PDFKit.PDFDocument): void {
  const { start, count } = pdf.bufferedPageRange()
  for (let index = start; index < start + count; index++) {
    pdf.switchToPage(index)
    const bottom = pdf.page.margins.bottom
    // Written in the bottom margin, which pdfkit would otherwise take as the end of the page.
    pdf.page.margins.bottom = 0
    pdf.font(FONTS.regular).fontSize(9).text(`Page ${index + 1} of ${count}`, MARGIN, pdf.page.height - bottom / 2, { width: pdf.page.width - 2 * MARGIN, align: 'center', lineBreak: false })
    pdf.page.margins.bottom = bottom
  }
}

export async function renderSummaryPdf(content: JSONContent, { title, publisher }: SummaryPdfOptions): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on first use: pdfkit and its font metrics cost the server about 25 MB it need not carry until then.
  const { default: PDFDocument } = await import('pdfkit')
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
    // 1.3 has no XMP stream, which pdfkit would write with the title unescaped: one place for metadata.
    pdfVersion: '1.3',
    lang: 'en-GB',
    displayTitle: true,
    bufferPages: true,
    info: { Title: title, Author: publisher, Creator: publisher, Producer: PDF_PRODUCER },
  })
  const chunks: Buffer[] = []
  const finished = new Promise<Uint8Array<ArrayBuffer>>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk))
    pdf.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))))
    pdf.on('error', reject)
  })
  const area = { x: MARGIN, width: pdf.page.width - 2 * MARGIN }
  const writer = new SummaryPdfWriter(pdf)
  writer.blocks([{ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: title }] }], area)
  writer.blocks(content.content, area)
  numberPages(pdf)
  pdf.end()
  return finished
}
