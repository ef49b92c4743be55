/**
 * @module
 * Where each section of the report is read, as the editor sets it on the section's heading: in the
 * full report only, in the public executive summary only, or in both.
 */
import type { Editor } from '@tiptap/core'
import { SECTION_HEADING_LEVEL, isSectionAudience, type SectionAudience } from '../../shared/schema'

export const AUDIENCE_LABELS: Record<SectionAudience, string> = {
  report: 'Full report only',
  summary: 'Executive summary only',
  both: 'Both',
}

export interface SectionAudienceItem {
  pos: number
  title: string
  audience: SectionAudience
}

export function listSectionAudiences(editor: Editor): SectionAudienceItem[] {
  const sections: SectionAudienceItem[] = []
  editor.state.doc.forEach((node, pos) => {
    if (node.type.name !== 'heading' || node.attrs.level !== SECTION_HEADING_LEVEL) return
    sections.push({ pos, title: node.textContent || 'Untitled section', audience: isSectionAudience(node.attrs.audience) ? node.attrs.audience : 'report' })
  })
  return sections
}

export const sameSectionAudiences = (a: SectionAudienceItem[], b: SectionAudienceItem[] | null): boolean =>
  b !== null && a.length === b.length && a.every((section, index) => section.pos === b[index].pos && section.title === b[index].title && section.audience === b[index].audience)

export function setSectionAudience(editor: Editor, pos: number, audience: SectionAudience): boolean {
  return editor
    .chain()
    .command(({ tr }) => {
      const node = tr.doc.nodeAt(pos)
      if (node?.type.name !== 'heading') return false
      tr.setNodeAttribute(pos, 'audience', audience)
      return true
    })
    .run()
}
