/**
 * @module
 * The executive summary as a Word document (.docx), from the public schema JSON: the title as Heading 1,
 * the summary's headings as Heading 2 to 4, real Word numbering for lists, tables with a repeating
 * header row, page numbers, British English, and neutral properties (the board's name as creator and
 * last editor, "Executive summary: Child K" as title, nothing else).
 */
import type { JSONContent } from '@tiptap/core'
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ILevelsOptions,
  type ParagraphChild,
} from 'docx'
import { excerptCaption, readExcerptAttributes } from '../../shared/schema/imrExcerpt.js'

export interface SummaryDocxOptions {
  title: string
  /** The board's name, as the document's creator; a neutral phrase when it is not set. */
  publisher: string
}

type Block = Paragraph | Table

interface ListPlace {
  reference: string
  instance: number
  level: number
}

interface Context {
  list: ListPlace | null
  /** Extra left indent, in twentieths of a point, for quoted text. */
  quoteIndent: number
  isHeaderCell: boolean
}

const HEADINGS = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]
const BULLETS = ['•', '◦', '▪']
const NUMBER_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]
const LIST_LEVELS = 9
/** A4 in twentieths of a point, with 2.5 cm margins. */
const PAGE = { size: { width: 11906, height: 16838 }, margin: { top: 1418, right: 1418, bottom: 1418, left: 1418 } }

const CONTENT_WIDTH = PAGE.size.width - PAGE.margin.left - PAGE.margin.right

const spanOf = (cell: JSONContent, attribute: 'colspan' | 'rowspan') => Math.max(1, Math.trunc(Number(cell.attrs?.[attribute] ?? 1)) || 1)

/** Characters XML 1.0 cannot hold (controls, lone surrogates) would make a file Word refuses to open. */
const xmlSafe = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')

function levelsOf(format: 'bullet' | 'number', start: number): ILevelsOptions[] {
  return Array.from({ length: LIST_LEVELS }, (_, level) => ({
    level,
    format: format === 'bullet' ? LevelFormat.BULLET : NUMBER_FORMATS[level % NUMBER_FORMATS.length],
    text: format === 'bullet' ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    start: level === 0 ? start : 1,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
  }))
}

/** Turns the summary's nodes into Word blocks, collecting the numbering its lists need. */
class SummaryDocxWriter {
  readonly numbering = new Map<string, ILevelsOptions[]>()
  private instances = 0

  blocks(content: JSONContent[] | undefined, context: Context): Block[] {
    return (content ?? []).flatMap((node) => this.block(node, context))
  }

  private runs(content: JSONContent[] | undefined, context: Context): ParagraphChild[] {
    return (content ?? []).flatMap((node): ParagraphChild[] => {
      if (node.type === 'hardBreak') return [new TextRun({ break: 1 })]
      if (node.type !== 'text' || !node.text) return []
      const marks = new Set((node.marks ?? []).map((mark) => mark.type))
      return [
        // Only the marks that are there: an explicit "not bold" would override a heading's own bold.
        new TextRun({
          text: xmlSafe(node.text),
          ...(marks.has('bold') || context.isHeaderCell ? { bold: true } : {}),
          ...(marks.has('italic') ? { italics: true } : {}),
          ...(marks.has('strike') ? { strike: true } : {}),
          ...(marks.has('underline') ? { underline: {} } : {}),
        }),
      ]
    })
  }

  private paragraph(children: ParagraphChild[], context: Context, isFirstInItem: boolean): Paragraph {
    const { list, quoteIndent } = context
    if (list && isFirstInItem) return new Paragraph({ children, numbering: list })
    const listIndent = list ? 720 * (list.level + 1) : 0
    return new Paragraph({ children, ...(listIndent + quoteIndent > 0 ? { indent: { left: listIndent + quoteIndent } } : {}) })
  }

  private list(node: JSONContent, context: Context): Block[] {
    const isOrdered = node.type === 'orderedList'
    const start = Number.isSafeInteger(node.attrs?.start) ? Math.max(0, Number(node.attrs?.start)) : 1
    const reference = isOrdered ? `numbered-from-${start}` : 'bullets'
    if (!this.numbering.has(reference)) this.numbering.set(reference, levelsOf(isOrdered ? 'number' : 'bullet', start))
    const level = context.list ? Math.min(LIST_LEVELS - 1, context.list.level + 1) : 0
    // A list of its own starts its numbering again; a nested list continues its parent's instance.
    const instance = context.list && context.list.reference === reference ? context.list.instance : ++this.instances
    return (node.content ?? []).flatMap((item) => {
      const itemContext: Context = { ...context, list: { reference, instance, level } }
      const [first, ...rest] = item.content ?? []
      const lead = first?.type === 'paragraph' ? [this.paragraph(this.runs(first.content, itemContext), itemContext, true)] : [this.paragraph([], itemContext, true), ...(first ? this.block(first, itemContext) : [])]
      return [...lead, ...this.blocks(rest, itemContext)]
    })
  }

  private table(node: JSONContent, context: Context): Table {
    const width = CONTENT_WIDTH - context.quoteIndent
    const columns = Math.max(1, ...(node.content ?? []).map((row) => (row.content ?? []).reduce((sum, cell) => sum + spanOf(cell, 'colspan'), 0)))
    const columnWidth = Math.floor(width / columns)
    const rows = (node.content ?? []).map((row) => {
      const cells = row.content ?? []
      const isHeaderRow = cells.length > 0 && cells.every((cell) => cell.type === 'tableHeader')
      return new TableRow({
        tableHeader: isHeaderRow,
        children: cells.map((cell) => {
          const cellContext: Context = { list: null, quoteIndent: 0, isHeaderCell: cell.type === 'tableHeader' }
          const children = this.blocks(cell.content, cellContext)
          return new TableCell({
            children: children.length > 0 ? children : [new Paragraph({})],
            columnSpan: spanOf(cell, 'colspan'),
            rowSpan: spanOf(cell, 'rowspan'),
            width: { size: columnWidth * spanOf(cell, 'colspan'), type: WidthType.DXA },
            margins: { top: 60, bottom: 60, left: 100, right: 100 },
          })
        }),
      })
    })
    return new Table({ rows, width: { size: width, type: WidthType.DXA }, columnWidths: Array.from({ length: columns }, () => columnWidth), indent: { size: context.quoteIndent, type: WidthType.DXA } })
  }

  private block(node: JSONContent, context: Context): Block[] {
    switch (node.type) {
      case 'heading': {
        const level = Math.min(6, Math.max(2, Number(node.attrs?.level ?? 2)))
        return [new Paragraph({ heading: HEADINGS[level - 2], keepNext: true, children: this.runs(node.content, context) })]
      }
      case 'paragraph':
        return [this.paragraph(this.runs(node.content, context), context, false)]
      case 'bulletList':
      case 'orderedList':
        return this.list(node, context)
      case 'blockquote':
        return this.blocks(node.content, { ...context, quoteIndent: context.quoteIndent + 567 })
      case 'imrExcerpt': {
        const quote = { ...context, quoteIndent: context.quoteIndent + 567 }
        const caption = excerptCaption(readExcerptAttributes(node.attrs ?? {}))
        return [new Paragraph({ keepNext: true, indent: { left: quote.quoteIndent }, children: [new TextRun({ text: xmlSafe(caption), bold: true })] }), ...this.blocks(node.content, quote)]
      }
      case 'table':
        return (node.content ?? []).length > 0 ? [this.table(node, context)] : []
      case 'horizontalRule':
        return [new Paragraph({ border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } } })]
      default:
        return this.blocks(node.content, context)
    }
  }
}

const headingStyle = (size: number) => ({ run: { bold: true, size, color: '0B0C0C' }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true } })

export async function renderSummaryDocx(content: JSONContent, { title, publisher }: SummaryDocxOptions): Promise<Uint8Array<ArrayBuffer>> {
  const writer = new SummaryDocxWriter()
  const body = writer.blocks(content.content, { list: null, quoteIndent: 0, isHeaderCell: false })
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 20 })] })
  const document = new Document({
    title: xmlSafe(title),
    creator: xmlSafe(publisher),
    lastModifiedBy: xmlSafe(publisher),
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 24, language: { value: 'en-GB' } }, paragraph: { spacing: { after: 160, line: 300 } } },
        heading1: headingStyle(40),
        heading2: headingStyle(32),
        heading3: headingStyle(28),
        heading4: headingStyle(24),
        heading5: headingStyle(24),
        heading6: headingStyle(24),
      },
    },
    numbering: { config: [...writer.numbering].map(([reference, levels]) => ({ reference, levels })) },
    sections: [
      {
        properties: { page: PAGE },
        footers: { default: new Footer({ children: [pageNumber] }) },
        children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: xmlSafe(title) })] }), ...body],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(document))
}
