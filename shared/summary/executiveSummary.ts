/**
 * @module
 * The public executive summary, composed from the report: the sections the author marked for the
 * summary (or for both), in report order, each made public (pseudonyms for redactions), with the
 * board's public roles after the introduction. Also what a summary still lacks, which the product
 * warns about until it is there.
 */
import type { JSONContent } from '@tiptap/core'
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import { withoutComments } from '../comments/withoutComments.js'
import { withoutExcerptSources } from '../excerpts/publicExcerpt.js'
import type { AddresseeAgency } from '../recommendations/addressees.js'
import { withNumberedBlocks } from '../recommendations/numberedBlocks.js'
import { pseudonymLookup, toPublicNode } from '../redaction/publicText.js'
import type { PublicRoles, RegisterEntity } from '../redaction/register.js'
import { SECTION_HEADING_LEVEL, type SectionKind } from '../schema/sectionKinds.js'

export interface SummarySection {
  sectionId: string | null
  kind: SectionKind | null
  title: string
  audience: string
  /** Index of the section heading among the document's top-level nodes. */
  startIndex: number
  /** Index after the section's last top-level node. */
  endIndex: number
}

/** The report's sections, as its level-2 headings start them. */
export function listSections(doc: ProseMirrorNode): SummarySection[] {
  const sections: SummarySection[] = []
  doc.forEach((node, _offset, index) => {
    const isSectionHeading = node.type.name === 'heading' && node.attrs.level === SECTION_HEADING_LEVEL
    if (!isSectionHeading) return
    const previous = sections.at(-1)
    if (previous) previous.endIndex = index
    sections.push({
      sectionId: (node.attrs.sectionId as string | null) ?? null,
      kind: (node.attrs.sectionKind as SectionKind | null) ?? null,
      title: node.textContent,
      audience: (node.attrs.audience as string | undefined) ?? 'report',
      startIndex: index,
      endIndex: doc.childCount,
    })
  })
  return sections
}

export const isInSummary = (section: Pick<SummarySection, 'audience'>) => section.audience === 'summary' || section.audience === 'both'

/** What the guidance says every executive summary has, and the section kinds that provide it. */
export const REQUIRED_SUMMARY_PARTS: ReadonlyArray<{ part: string; label: string; kinds: readonly SectionKind[] }> = [
  { part: 'introduction', label: 'an introduction: why the review was held, the process, who took part and how the family was involved', kinds: ['introduction', 'methodology'] },
  { part: 'events', label: 'a summary of events', kinds: ['familyBackground', 'agencyInvolvement'] },
  { part: 'keyIssues', label: 'the key issues and findings', kinds: ['keyIssues', 'analysis', 'lessonsLearned'] },
  { part: 'recommendations', label: 'the recommendations', kinds: ['recommendations'] },
]

export interface SummaryWarning {
  part: string
  message: string
}

export function summaryWarnings(sections: SummarySection[], roles: PublicRoles): SummaryWarning[] {
  const included = sections.filter(isInSummary)
  const warnings: SummaryWarning[] = REQUIRED_SUMMARY_PARTS.filter(({ kinds }) => !included.some((section) => section.kind && kinds.includes(section.kind))).map(({ part, label }) => ({
    part,
    message: `The executive summary has no section with ${label}.`,
  }))
  if (!roles.boardChair || !roles.panelChair || !roles.overviewAuthor) {
    warnings.push({ part: 'roles', message: 'Give the board chair, the panel chair and the overview author, which the introduction names.' })
  }
  return warnings
}

function paragraph(text: string): JSONContent {
  return { type: 'paragraph', content: [{ type: 'text', text }] }
}

/** The public roles, as the introduction states them; nothing for roles not given. */
export function rolesContent(roles: PublicRoles): JSONContent[] {
  const lines: string[] = []
  if (roles.boardName) lines.push(`The review was commissioned by ${roles.boardName}${roles.boardChair ? `, chaired by ${roles.boardChair}` : ''}.`)
  else if (roles.boardChair) lines.push(`The board is chaired by ${roles.boardChair}.`)
  if (roles.panelChair) lines.push(`The review panel was chaired by ${roles.panelChair}.`)
  if (roles.overviewAuthor) lines.push(`The independent overview author was ${roles.overviewAuthor}.`)
  const content = lines.map(paragraph)
  if (roles.panelMembers.length > 0) {
    content.push(paragraph('The panel was made up of:'))
    content.push({
      type: 'bulletList',
      content: roles.panelMembers.map((member) => ({ type: 'listItem', content: [paragraph(`${member.jobTitle}, ${member.organisation}`)] })),
    })
  }
  if (content.length === 0) return []
  return [{ type: 'heading', attrs: { level: 3, sectionId: null, sectionKind: null, audience: 'report' }, content: [{ type: 'text', text: 'The review panel' }] }, ...content]
}

export interface ExecutiveSummary {
  title: string
  doc: JSONContent
  sections: SummarySection[]
  warnings: SummaryWarning[]
}

/** The name the summary's title uses: the child's pseudonym, as registered. */
export function childPseudonym(register: ReadonlyArray<Pick<RegisterEntity, 'category' | 'pseudonym'>>): string {
  return register.find((entity) => entity.category === 'child')?.pseudonym ?? 'the child'
}

/**
 * `agencies`: the review's, to name those a recommendation is addressed to. Findings and
 * recommendations become numbered paragraphs ("Recommendation 3: …") before anything is made public.
 */
export function composeExecutiveSummary(fullReport: ProseMirrorNode, register: readonly RegisterEntity[], roles: PublicRoles, agencies: readonly AddresseeAgency[] = []): ExecutiveSummary {
  const pseudonyms = pseudonymLookup(register)
  const report = withNumberedBlocks(fullReport, agencies)
  const sections = listSections(report)
  const included = sections.filter(isInSummary)
  const content: JSONContent[] = []
  for (const section of included) {
    for (let index = section.startIndex; index < section.endIndex; index++) content.push(withoutComments(withoutExcerptSources(toPublicNode(report.child(index), pseudonyms))))
    if (section.kind === 'introduction') content.push(...rolesContent(roles))
  }
  const title = `Executive summary: ${childPseudonym(register)}`
  return { title, doc: { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }, sections, warnings: summaryWarnings(sections, roles) }
}
