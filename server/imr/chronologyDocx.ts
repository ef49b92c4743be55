/**
 * @module
 * A chronology from a Word document: the first table whose first row names chronology columns. The
 * document is read with mammoth and its document tree walked (table, row, cell, paragraph, run, text);
 * nothing is turned into HTML. Paragraphs and line breaks within a cell become line breaks; a cell
 * merged across rows counts in each of them, so the columns stay in line.
 */
import mammoth from 'mammoth'
import { CHRONOLOGY_COLUMNS, findColumn } from '../../shared/imr/chronologyColumns.js'
import type { ChronologyTable } from './chronologyTable.js'
import { fileRefused } from './importProblems.js'
import { declaredUnpackedSize } from './zipSize.js'

/** A Word document with a chronology of 10,000 rows unpacks to a few tens of megabytes. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024

/** What this module reads of mammoth's document elements; everything is checked before it is used. */
interface DocumentNode {
  type: string
  children: DocumentNode[]
  value?: string
  colSpan: number
  rowSpan: number
}

function toNode(element: unknown): DocumentNode | null {
  if (typeof element !== 'object' || element === null) return null
  const record = element as Record<string, unknown>
  if (typeof record.type !== 'string') return null
  const children = Array.isArray(record.children) ? record.children.map(toNode).filter((child): child is DocumentNode => child !== null) : []
  const span = (value: unknown) => (typeof value === 'number' && Number.isInteger(value) && value > 1 ? Math.min(value, 64) : 1)
  return { type: record.type, children, value: typeof record.value === 'string' ? record.value : undefined, colSpan: span(record.colSpan), rowSpan: span(record.rowSpan) }
}

function textOf(node: DocumentNode): string {
  switch (node.type) {
    case 'text':
      return node.value ?? ''
    case 'tab':
      return ' '
    case 'break':
      return '\n'
    case 'paragraph':
    case 'table':
    case 'tableRow':
      return `${node.children.map(textOf).join('')}\n`
    default:
      return node.children.map(textOf).join('')
  }
}

const cellText = (cell: DocumentNode) => textOf(cell).replace(/\n+$/, '').trim()

function tablesIn(node: DocumentNode): DocumentNode[] {
  if (node.type === 'table') return [node]
  return node.children.flatMap(tablesIn)
}

/** The table's rows as text, with each merged cell repeated in every column and row it covers. */
function gridOf(table: DocumentNode): string[][] {
  const below: Array<{ text: string; rows: number } | undefined> = []
  return table.children
    .filter((row) => row.type === 'tableRow')
    .map((row) => {
      const cells: string[] = []
      const cellsOfRow = row.children.filter((cell) => cell.type === 'tableCell')
      let next = 0
      const fillFromAbove = () => {
        while (below[cells.length]) {
          const spanning = below[cells.length]!
          cells.push(spanning.text)
          spanning.rows -= 1
          if (spanning.rows === 0) below[cells.length - 1] = undefined
        }
      }
      fillFromAbove()
      while (next < cellsOfRow.length) {
        const cell = cellsOfRow[next++]
        const text = cellText(cell)
        for (let column = 0; column < cell.colSpan; column++) {
          if (cell.rowSpan > 1) below[cells.length] = { text, rows: cell.rowSpan - 1 }
          cells.push(text)
        }
        fillFromAbove()
      }
      return cells
    })
}

/** A header row names chronology columns when at least two of its cells do (a date and what happened, say). */
function isChronologyHeader(cells: string[]): boolean {
  return cells.filter((cell) => findColumn(cell) !== undefined).length >= 2
}

export async function readDocxTable(bytes: Uint8Array): Promise<ChronologyTable> {
  if (bytes.byteLength === 0) throw fileRefused('The file is empty.')
  const unpacked = declaredUnpackedSize(bytes)
  if (unpacked === null) throw fileRefused('The file could not be read as a Word document (.docx). Save it from Word as a .docx file, or export the chronology as CSV.')
  if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
    throw fileRefused(`The Word document unpacks to more than ${MAX_DOCX_UNPACKED_BYTES / 1024 / 1024} MB, far more than any chronology needs. Save the chronology as CSV, or in a smaller document.`)
  }
  let document: DocumentNode | null = null
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        externalFileAccess: false,
        // The tree is all that is wanted: an empty document is handed back, so no HTML is made of it.
        transformDocument: (element: unknown) => {
          document = toNode(element)
          return { ...(element as object), children: [] }
        },
      },
    )
  } catch {
    throw fileRefused('The file could not be read as a Word document (.docx). Save it from Word as a .docx file, or export the chronology as CSV.')
  }
  const tables = document ? tablesIn(document) : []
  const grid = tables.map(gridOf).find((rows) => rows.length > 0 && isChronologyHeader(rows[0]))
  if (!grid) {
    const names = CHRONOLOGY_COLUMNS.filter((column) => column.required).map((column) => column.name).join(', ')
    throw fileRefused(
      tables.length === 0
        ? `The Word document has no table. Put the chronology in a table whose first row names its columns (at least ${names}).`
        : `None of the Word document’s ${tables.length} table(s) has a first row naming chronology columns (at least ${names}).`,
    )
  }
  const [header, ...rest] = grid
  return {
    header,
    rows: rest.map((cells, index) => ({ row: index + 1, cells })).filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  }
}
