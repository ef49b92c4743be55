/**
 * @module
 * THE document schema of Overview Studio, used by the editor in the browser and by the server when
 * it turns stored Yjs state into JSON, HTML and later DOCX/PDF. Editor-only behaviour (collaboration,
 * carets, placeholders) is added by the client on top of this list, never instead of it.
 */
import { getSchema, type AnyExtension } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import type { Schema } from '@tiptap/pm/model'
import { SectionHeading } from './sectionHeading.js'
import { SectionIds } from './sectionIds.js'
import { Redaction } from './redaction.js'
import { ImrExcerpt } from './imrExcerpt.js'
import { ParagraphIds } from './paragraphIds.js'
import { Comment } from './comment.js'
import { Finding } from './finding.js'
import { Recommendation } from './recommendation.js'
import { RecommendationIds } from '../recommendations/blockIds.js'

/** Bumped when the stored shape of documents changes in a way that needs a migration. */
export const SCHEMA_VERSION = 1

/** The name of the Y.XmlFragment holding a rich-text document inside its Y.Doc. */
export const DOCUMENT_FRAGMENT = 'default'


export function isAllowedLink(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim())
}

export const reportExtensions: AnyExtension[] = [
  StarterKit.configure({
    heading: false,
    undoRedo: false,
    trailingNode: false,
    code: false,
    codeBlock: false,
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedLink(url),
      HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null },
    },
  }),
  SectionHeading.configure({ levels: [2, 3, 4] }),
  TableKit.configure({ table: { resizable: false } }),
  SectionIds,
  Redaction,
  ImrExcerpt,
  Comment,
  Finding,
  Recommendation,
  RecommendationIds,
]

/** An agency's IMR document: the report's schema, and paragraphs with stable ids for excerpts to quote. */
export const imrExtensions: AnyExtension[] = [...reportExtensions, ParagraphIds]

let reportSchema: Schema | undefined
let imrSchema: Schema | undefined

export function getReportSchema(): Schema {
  reportSchema ??= getSchema(reportExtensions)
  return reportSchema
}

export function getImrSchema(): Schema {
  imrSchema ??= getSchema(imrExtensions)
  return imrSchema
}

export { SECTION_KINDS, REPORT_SKELETON, SECTION_HEADING_LEVEL, isSectionKind } from './sectionKinds.js'
export type { SectionKind } from './sectionKinds.js'
export { createImrSkeleton, createReportSkeleton } from './skeleton.js'
export { findSectionIdFixes } from './sectionIds.js'
export { REDACTION_MARK, Redaction, type RedactionAttributes } from './redaction.js'
export { SECTION_AUDIENCES, isSectionAudience, type SectionAudience } from './sectionHeading.js'
export { IMR_EXCERPT, ImrExcerpt, excerptCaption, readExcerptAttributes, type ExcerptNodeContent, type ImrExcerptAttributes } from './imrExcerpt.js'
export { PARAGRAPH_ID_ATTRIBUTE, ParagraphIds, findParagraphIdFixes } from './paragraphIds.js'
export { COMMENT_MARK, Comment, THREAD_ID_PATTERN } from './comment.js'
export { FINDING, Finding, findingJson, isFindingId } from './finding.js'
export { BOARD_ADDRESSEE, RECOMMENDATION, Recommendation, recommendationJson, readRecommendationAttributes, type RecommendationAttributes } from './recommendation.js'
export { RecommendationIds } from '../recommendations/blockIds.js'
