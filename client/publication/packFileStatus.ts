/**
 * @module
 * How a file of the publication pack stands, as its tag says it: ready, ready with warnings, or
 * refused by the leak check; and where its content is put right.
 */
import type { PackFileCheck, PackSource } from '../../shared/api/publicationPack'
import type { Capability } from '../../shared/auth/roles'

export type PackFileStatus = 'ready' | 'warnings' | 'refused'

export const PACK_FILE_STATUS_TAGS: Record<PackFileStatus, { text: string; className: string }> = {
  ready: { text: 'Ready', className: 'govuk-tag--green' },
  warnings: { text: 'Ready, with warnings', className: 'govuk-tag--yellow' },
  refused: { text: 'Would be refused', className: 'govuk-tag--red' },
}

export function packFileStatus(file: Pick<PackFileCheck, 'findingCount' | 'warnings'>): PackFileStatus {
  if (file.findingCount > 0) return 'refused'
  return file.warnings.length > 0 ? 'warnings' : 'ready'
}

/** The page each source is written on, what a link to it says, and who may open it. */
export const PACK_SOURCE_PAGES: Record<PackSource, { part: string; name: string; capabilities: readonly Capability[] }> = {
  summary: { part: 'summary', name: 'the executive summary', capabilities: ['export.public', 'report.read'] },
  'board-response': { part: 'board-response', name: 'the board’s response', capabilities: ['response.read'] },
  'media-statement': { part: 'media-statement', name: 'the media statement', capabilities: ['media.read'] },
}

export const mayOpenSource = (source: PackSource, capabilities: readonly Capability[]): boolean =>
  PACK_SOURCE_PAGES[source].capabilities.some((capability) => capabilities.includes(capability))
