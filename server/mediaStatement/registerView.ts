/**
 * @module
 * The register as the media statement's editor needs it, for people who may not read the report (comms
 * leads): every entity's id, category and pseudonym (all public), and as its names only the texts of
 * its real name and aliases that are in the statement now, unredacted; likewise the review members'
 * names and the names of register entries that fail the schema. The caller learns no name they could
 * not already read in the statement.
 *
 * Limits: a name is found only once it is typed in full as the register has it (or a part of a
 * person's name, as the report's detection finds it); until the view is fetched again (the page asks
 * a moment after each change) a name just typed is not underlined; and the view tells which entity a
 * typed name belongs to, which is the point of it.
 */
import type { Node as ProseMirrorNode } from '@tiptap/pm/model'
import type { MediaStatementRegisterView } from '../../shared/api/mediaStatement.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { findUnredacted } from '../../shared/redaction/detection.js'
import { readPublicRoles, readRegister, registerMatcherOf } from '../../shared/redaction/registerDoc.js'
import { RegisterMatcher } from '../../shared/redaction/registerMatcher.js'
import { collectTextBlocks, isFullyRedacted } from '../../shared/redaction/textBlocks.js'
import { getReportSchema } from '../../shared/schema/index.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { documentToJson } from '../export/documentJson.js'

export interface RegisterViewContext {
  reviewId: string
  memberNames: readonly string[]
}

/** The unredacted texts of the statement that `matcher` finds. */
function unredactedMatches(statement: ProseMirrorNode, matcher: RegisterMatcher): string[] {
  const found = new Set<string>()
  for (const block of collectTextBlocks(statement)) {
    for (const match of matcher.find(block.text)) if (!isFullyRedacted(block, match.from, match.to)) found.add(match.text)
  }
  return [...found]
}

export async function readMediaStatementRegister(registry: DocumentRegistry, { reviewId, memberNames }: RegisterViewContext): Promise<MediaStatementRegisterView> {
  const json = await registry.read(reviewDocumentName({ reviewId, kind: 'media-statement' }), (document) => documentToJson(document.doc))
  const { register, roles } = await registry.read(reviewDocumentName({ reviewId, kind: 'report' }), (document) => ({
    register: readRegister(document.doc),
    roles: readPublicRoles(document.doc),
  }))
  const statement = getReportSchema().nodeFromJSON(json)
  const namesOf = new Map<string, Set<string>>()
  for (const finding of findUnredacted(statement, registerMatcherOf(register))) {
    if (finding.source.kind !== 'register') continue
    const names = namesOf.get(finding.source.entityId) ?? new Set<string>()
    names.add(finding.text)
    namesOf.set(finding.source.entityId, names)
  }
  const entityIds = new Set(register.entities.map((entity) => entity.id))
  // Entries that fail the schema are searched under salvaged ids: their names have no pseudonym.
  const unlisted = [...namesOf].filter(([id]) => !entityIds.has(id)).flatMap(([, names]) => [...names])
  const members = new RegisterMatcher(memberNames.map((name, index) => ({ id: `member-${index}`, realName: name, aliases: [], category: 'identifier' as const })))
  return {
    entities: register.entities.map(({ id, category, pseudonym }) => ({ id, category, pseudonym, names: [...(namesOf.get(id) ?? [])] })),
    otherNames: [...new Set([...unredactedMatches(statement, members), ...unlisted])],
    boardName: roles.boardName,
  }
}
