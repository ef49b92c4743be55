/**
 * @module
 * An excerpt of an agency's IMR quoted in the report: one chronology entry, a range of entries, or
 * a paragraph of the IMR's analysis, with the agency and date as its caption. It keeps a link to its
 * source (the entry ids, or the analysis paragraph's id) and a snapshot of the source as it was, so
 * that a later change to the source can be shown. Its text is ordinary report text: editable, and
 * redacted like any other.
 */
import { Node, mergeAttributes, type JSONContent } from '@tiptap/core'
import { z } from 'zod'

export const IMR_EXCERPT = 'imrExcerpt'

export const EXCERPT_SOURCE_KINDS = ['entry', 'entries', 'analysis'] as const
export type ExcerptSourceKind = (typeof EXCERPT_SOURCE_KINDS)[number]

const SourceIdSchema = z.string().regex(/^[a-z]{2,5}_[a-z0-9]{6,32}$/)

export type ImrExcerptAttributes = {
  agencyId: string
  agencyName: string
  sourceKind: ExcerptSourceKind
  /** The chronology entries quoted, in order, or the one analysis paragraph. */
  sourceIds: string[]
  /** "14 March 2012", "14 March to 2 May 2012"; empty for analysis. */
  dateLabel: string
  /** The source's fields as they were when inserted or last updated, as JSON (see `shared/excerpts/`). */
  snapshot: string
}

export const EMPTY_EXCERPT_ATTRIBUTES: ImrExcerptAttributes = { agencyId: '', agencyName: '', sourceKind: 'entry', sourceIds: [], dateLabel: '', snapshot: '' }

const readText = (value: unknown, maxLength: number) => (typeof value === 'string' ? value.slice(0, maxLength) : '')

/** The excerpt's attributes as stored, any of them wrong or missing read as its safe default. */
export function readExcerptAttributes(attrs: Readonly<Record<string, unknown>>): ImrExcerptAttributes {
  const sourceIds = z.array(SourceIdSchema).max(500).safeParse(attrs.sourceIds).data ?? []
  return {
    agencyId: /^[a-z0-9][a-z0-9-]{0,63}$/.test(readText(attrs.agencyId, 64)) ? readText(attrs.agencyId, 64) : '',
    agencyName: readText(attrs.agencyName, 200),
    sourceKind: z.enum(EXCERPT_SOURCE_KINDS).safeParse(attrs.sourceKind).data ?? 'entry',
    sourceIds,
    dateLabel: readText(attrs.dateLabel, 200),
    snapshot: readText(attrs.snapshot, 200_000),
  }
}

/** The caption readers see above the quoted text: "Police, 14 March 2012". */
export function excerptCaption(attrs: Pick<ImrExcerptAttributes, 'agencyName' | 'dateLabel' | 'sourceKind'>): string {
  const agency = attrs.agencyName.trim() || 'An agency'
  const when = attrs.dateLabel.trim() || (attrs.sourceKind === 'analysis' ? 'IMR analysis' : '')
  return when ? `${agency}, ${when}` : agency
}

/** An excerpt ready to go into the report: its attributes and its paragraphs. */
export interface ExcerptNodeContent {
  attrs: ImrExcerptAttributes
  content: JSONContent[]
}

export function excerptJson({ attrs, content }: ExcerptNodeContent): JSONContent {
  return { type: IMR_EXCERPT, attrs: { ...attrs }, content }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    imrExcerpt: {
      /** Inserts an excerpt at `position`, or in place of the selection. */
      insertImrExcerpt: (excerpt: ExcerptNodeContent, position?: number) => ReturnType
      /** Replaces the text and attributes of the excerpt at `position` in one step. */
      updateImrExcerpt: (position: number, excerpt: ExcerptNodeContent) => ReturnType
    }
  }
}

const parseJsonArray = (value: string | null): unknown => {
  try {
    return value ? JSON.parse(value) : []
  } catch {
    return []
  }
}

export const ImrExcerpt = Node.create({
  name: IMR_EXCERPT,
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    const attribute = (name: keyof ImrExcerptAttributes, htmlName: string) => ({
      default: EMPTY_EXCERPT_ATTRIBUTES[name],
      keepOnSplit: false,
      parseHTML: (element: HTMLElement) => readExcerptAttributes({ [name]: element.getAttribute(htmlName) })[name],
      renderHTML: (attributes: Record<string, unknown>) => {
        const value = readExcerptAttributes(attributes)[name]
        return value === '' ? {} : { [htmlName]: value }
      },
    })
    return {
      agencyId: attribute('agencyId', 'data-agency-id'),
      agencyName: attribute('agencyName', 'data-agency-name'),
      sourceKind: attribute('sourceKind', 'data-source-kind'),
      dateLabel: attribute('dateLabel', 'data-date-label'),
      snapshot: attribute('snapshot', 'data-snapshot'),
      sourceIds: {
        default: EMPTY_EXCERPT_ATTRIBUTES.sourceIds,
        keepOnSplit: false,
        parseHTML: (element) => readExcerptAttributes({ sourceIds: parseJsonArray(element.getAttribute('data-source-ids')) }).sourceIds,
        renderHTML: (attributes) => {
          const { sourceIds } = readExcerptAttributes(attributes)
          return sourceIds.length > 0 ? { 'data-source-ids': JSON.stringify(sourceIds) } : {}
        },
      },
    }
  },

  parseHTML() {
    return [{ tag: 'figure[data-imr-excerpt]', contentElement: 'blockquote' }]
  },

  renderHTML({ node, HTMLAttributes }) {
    const caption = excerptCaption(readExcerptAttributes(node.attrs))
    return ['figure', mergeAttributes({ 'data-imr-excerpt': '', class: 'imr-excerpt' }, HTMLAttributes), ['figcaption', {}, caption], ['blockquote', {}, 0]]
  },

  addCommands() {
    return {
      insertImrExcerpt:
        (excerpt, position) =>
        ({ commands }) =>
          position === undefined ? commands.insertContent(excerptJson(excerpt)) : commands.insertContentAt(position, excerptJson(excerpt)),
      updateImrExcerpt:
        (position, excerpt) =>
        ({ tr, state, dispatch }) => {
          const node = state.doc.nodeAt(position)
          if (node?.type.name !== this.name) return false
          if (dispatch) {
            const content = excerpt.content.map((block) => state.schema.nodeFromJSON(block))
            tr.setNodeMarkup(position, undefined, { ...excerpt.attrs })
            tr.replaceWith(position + 1, position + node.nodeSize - 1, content)
          }
          return true
        },
    }
  },
})
