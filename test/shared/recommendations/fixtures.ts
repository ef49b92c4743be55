import { getSchema, type AnyExtension, type JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode, Schema } from '@tiptap/pm/model'
import { findingJson } from '../../../shared/schema/finding.js'
import { reportExtensions } from '../../../shared/schema/index.js'
import { recommendationJson, type NewRecommendation } from '../../../shared/schema/recommendation.js'

/** The report's schema, findings, recommendations and their id fix-up included. */
export const extensions: AnyExtension[] = reportExtensions
export const schema: Schema = getSchema(extensions)

export function section(sectionId: string, sectionKind: string, title: string): JSONContent {
  return { type: 'heading', attrs: { level: 2, sectionId, sectionKind }, content: [{ type: 'text', text: title }] }
}

export const finding = (findingId: string, text: string) => findingJson(text, findingId)

export const recommendation = (recommendationId: string, text: string, attrs: Omit<NewRecommendation, 'text'> = {}) => recommendationJson({ text, ...attrs }, recommendationId)

/** A report with a Key issues section of findings and a Recommendations section of recommendations. */
export function reportJson(findings: JSONContent[], recommendations: JSONContent[]): JSONContent {
  return {
    type: 'doc',
    content: [
      section('sec_keyissues', 'keyIssues', 'Key issues and findings'),
      ...findings,
      section('sec_recommend', 'recommendations', 'Recommendations'),
      ...recommendations,
    ],
  }
}

export function reportOf(findings: JSONContent[], recommendations: JSONContent[]): ProseMirrorNode {
  return schema.nodeFromJSON(reportJson(findings, recommendations))
}
