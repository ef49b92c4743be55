/**
 * @module
 * The demo review "Child K", created on first start unless SEED_DEMO=0. Its report is the standard
 * skeleton with a little fictional drafting, so a new user sees how a report reads.
 */
import type { JSONContent } from '@tiptap/core'
import { createReportSkeleton } from '../../shared/schema/index.js'
import type { ReviewService } from './reviewService.js'

export const DEMO_REVIEW_ID = 'child-k'

const paragraph = (text: string): JSONContent => ({ type: 'paragraph', content: [{ type: 'text', text }] })

const DEMO_DRAFTING: Partial<Record<string, JSONContent[]>> = {
  introduction: [
    paragraph(
      'This review was commissioned by the Local Safeguarding Children Board after Child K, aged 14 months, ' +
        'was admitted to hospital with injuries that doctors considered were not accidental.',
    ),
    paragraph('The criteria for a Serious Case Review were met because there was concern about how agencies worked together.'),
  ],
  termsOfReference: [
    {
      type: 'bulletList',
      content: [
        'How well did agencies share what they knew about the family?',
        'Was Child K seen, and seen alone, by the professionals involved?',
      ].map((text) => ({ type: 'listItem', content: [paragraph(text)] })),
    },
  ],
}

export function demoReportContent(): JSONContent {
  const nodes = createReportSkeleton().content ?? []
  const content: JSONContent[] = []
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]
    content.push(node)
    const drafting = node.type === 'heading' ? DEMO_DRAFTING[String(node.attrs?.sectionKind)] : undefined
    if (!drafting) continue
    content.push(...drafting)
    index += 1 // the skeleton's empty paragraph under this heading
  }
  return { type: 'doc', content }
}

export async function seedDemoReview(reviews: ReviewService): Promise<boolean> {
  if (reviews.list().length > 0) return false
  await reviews.create({ id: DEMO_REVIEW_ID, title: 'Child K', kind: 'serious-case-review', report: demoReportContent() })
  return true
}
