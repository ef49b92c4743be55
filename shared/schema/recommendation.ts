/**
 * @module
 * A recommendation of the review: a block in the Recommendations section, linked to the finding it
 * answers and addressed to the board or to named agencies. Its number is never stored: it comes from
 * where it stands in the document, so inserting, deleting or moving one (by anyone, concurrently)
 * renumbers the rest (see `shared/recommendations/numbering.ts`).
 */
import { Node, mergeAttributes, type JSONContent } from '@tiptap/core'
import type { EditorState, Transaction } from '@tiptap/pm/state'
import { createId } from './ids.js'
import { readFindingId } from './finding.js'

export const RECOMMENDATION = 'recommendation'
export const RECOMMENDATION_ID_PATTERN = /^rcm_[a-z0-9]{6,32}$/

/** The addressee that stands for the safeguarding board (or partnership) itself; others are agency ids. */
export const BOARD_ADDRESSEE = 'board'
/** Agency ids are slugs (see `SlugSchema` in `shared/api/reviews.ts`). */
const ADDRESSEE_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/
const MAX_ADDRESSEES = 30

export const createRecommendationId = () => createId('rcm')

export function isRecommendationId(value: unknown): value is string {
  return typeof value === 'string' && RECOMMENDATION_ID_PATTERN.test(value)
}

export interface RecommendationAttributes {
  /** Null when missing or malformed: the id fix-up gives it a new one. */
  recommendationId: string | null
  /** The finding it answers, or null for none yet. */
  findingId: string | null
  /** `board` and agency ids, each once, in the order chosen. */
  addressees: string[]
}

/** The addressees as stored, keeping only well-formed ids, each once. */
export function readAddressees(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  const addressees = value.filter((item): item is string => typeof item === 'string' && ADDRESSEE_PATTERN.test(item))
  return [...new Set(addressees)].slice(0, MAX_ADDRESSEES)
}

/** The recommendation's attributes as stored, any of them wrong or missing read as its safe default. */
export function readRecommendationAttributes(attrs: Readonly<Record<string, unknown>>): RecommendationAttributes {
  return {
    recommendationId: isRecommendationId(attrs.recommendationId) ? attrs.recommendationId : null,
    findingId: readFindingId(attrs.findingId),
    addressees: readAddressees(attrs.addressees),
  }
}

export interface NewRecommendation {
  text?: string
  findingId?: string | null
  addressees?: string[]
}

export function recommendationJson({ text = '', findingId = null, addressees = [] }: NewRecommendation, recommendationId = createRecommendationId()): JSONContent {
  const attrs = readRecommendationAttributes({ recommendationId, findingId, addressees })
  return { type: RECOMMENDATION, attrs: { ...attrs }, content: [{ type: 'paragraph', content: text ? [{ type: 'text', text }] : [] }] }
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    recommendation: {
      /** Inserts a new recommendation, with a new id, at `position` or in place of the selection. */
      insertRecommendation: (recommendation?: NewRecommendation, position?: number) => ReturnType
      /** Links the recommendation at `position` to a finding, or unlinks it with null. */
      setRecommendationFinding: (position: number, findingId: string | null) => ReturnType
      /** Sets who the recommendation at `position` is addressed to: `board` and agency ids. */
      setRecommendationAddressees: (position: number, addressees: string[]) => ReturnType
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

export const Recommendation = Node.create({
  name: RECOMMENDATION,
  group: 'block',
  content: 'paragraph+',
  defining: true,

  addAttributes() {
    return {
      recommendationId: {
        default: null,
        keepOnSplit: false,
        parseHTML: (element) => readRecommendationAttributes({ recommendationId: element.getAttribute('data-recommendation-id') }).recommendationId,
        renderHTML: (attributes) => {
          const { recommendationId } = readRecommendationAttributes(attributes)
          return recommendationId ? { 'data-recommendation-id': recommendationId } : {}
        },
      },
      findingId: {
        default: null,
        parseHTML: (element) => readFindingId(element.getAttribute('data-finding-id')),
        renderHTML: (attributes) => {
          const findingId = readFindingId(attributes.findingId)
          return findingId ? { 'data-finding-id': findingId } : {}
        },
      },
      addressees: {
        default: [],
        parseHTML: (element) => readAddressees(parseJsonArray(element.getAttribute('data-addressees'))),
        renderHTML: (attributes) => {
          const addressees = readAddressees(attributes.addressees)
          return addressees.length > 0 ? { 'data-addressees': JSON.stringify(addressees) } : {}
        },
      },
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-recommendation]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['div', mergeAttributes({ 'data-recommendation': '', class: 'recommendation' }, HTMLAttributes), 0]
  },

  addCommands() {
    const setAttribute =
      (position: number, name: keyof RecommendationAttributes, value: unknown) =>
      ({ tr, state, dispatch }: { tr: Transaction; state: EditorState; dispatch?: unknown }) => {
        if (state.doc.nodeAt(position)?.type.name !== this.name) return false
        if (dispatch) tr.setNodeAttribute(position, name, value)
        return true
      }
    return {
      insertRecommendation:
        (recommendation = {}, position) =>
        ({ commands }) =>
          position === undefined ? commands.insertContent(recommendationJson(recommendation)) : commands.insertContentAt(position, recommendationJson(recommendation)),
      setRecommendationFinding: (position, findingId) => setAttribute(position, 'findingId', readFindingId(findingId)),
      setRecommendationAddressees: (position, addressees) => setAttribute(position, 'addressees', readAddressees(addressees)),
    }
  },
})
