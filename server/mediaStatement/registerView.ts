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
import type { MediaStatementRegisterView } from '../../shared/api/mediaStatement.js'
import { reviewDocumentName } from '../../shared/collab/documentNames.js'
import { readPublicRoles, readRegister, registerMatcherOf } from '../../shared/redaction/registerDoc.js'
import type { RegisterMatcher } from '../../shared/redaction/registerMatcher.js'
import { collectTextBlocks, isFullyRedacted, type TextBlock } from '../../shared/redaction/textBlocks.js'
import { getReportSchema } from '../../shared/schema/index.js'
import type { DocumentRegistry } from '../collab/registry.js'
import { documentToJson } from '../export/documentJson.js'
import { memberNameMatcher } from '../reviews/memberNames.js'

export interface RegisterViewContext {
  reviewId: string
  memberNames: readonly string[]
}

/** The unredacted texts that `matcher` finds in the blocks, by the id of what they name, in document order. */
function unredactedNames(blocks: readonly TextBlock[], matcher: RegisterMatcher): Map<string, Set<string>> {
  const namesOf = new Map<string, Set<string>>()
  for (const block of blocks) {
    for (const match of matcher.find(block.text)) {
      if (isFullyRedacted(block, match.from, match.to)) continue
      const names = namesOf.get(match.entityId) ?? new Set<string>()
      names.add(match.text)
      namesOf.set(match.entityId, names)
    }
  }
  return namesOf
}

const allNames = (namesOf: Map<string, Set<string>>) => [...namesOf.values()].flatMap((names) => [...names])

export async function readMediaStatementRegister(registry: DocumentRegistry, { reviewId, memberNames }: RegisterViewContext): Promise<MediaStatementRegisterView> {
  const json = await registry.read(reviewDocumentName({ reviewId, kind: 'media-statement' }), (document) => documentToJson(document.doc))
  const { register, roles } = await registry.read(reviewDocumentName({ reviewId, kind: 'report' }), (document) => ({
    register: readRegister(document.doc),
    roles: readPublicRoles(document.doc),
  }))
  // Called a moment after every change to the statement: one walk of its text, names only (no identifiers).
  const blocks = collectTextBlocks(getReportSchema().nodeFromJSON(json))
  const namesOf = unredactedNames(blocks, registerMatcherOf(register))
  const entityIds = new Set(register.entities.map((entity) => entity.id))
  // Entries that fail the schema are searched under salvaged ids: their names have no pseudonym.
  const unlisted = allNames(new Map([...namesOf].filter(([id]) => !entityIds.has(id))))
  return {
    entities: register.entities.map(({ id, category, pseudonym }) => ({ id, category, pseudonym, names: [...(namesOf.get(id) ?? [])] })),
    otherNames: [...new Set([...allNames(unredactedNames(blocks, memberNameMatcher(memberNames))), ...unlisted])],
    boardName: roles.boardName,
  }
}
