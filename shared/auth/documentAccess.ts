/**
 * @module
 * What a person may do with one collaborative document of a review, from their capabilities: the
 * same rule for the WebSocket endpoint, the HTTP exports and the client.
 */
import type { ReviewDocument } from '../collab/documentNames.js'
import type { Capability } from './roles.js'

export type DocumentAccess = 'none' | 'read' | 'write'

export function documentAccess(document: ReviewDocument, capabilities: readonly Capability[], ownAgencyId: string | null): DocumentAccess {
  const has = (capability: Capability) => capabilities.includes(capability)
  if (document.kind === 'report') {
    if (has('report.edit')) return 'write'
    return has('report.read') ? 'read' : 'none'
  }
  const own = ownAgencyId !== null && document.agencyId === ownAgencyId
  if (has('imr.edit') || (own && has('imr.edit.own'))) return 'write'
  if (has('imr.read') || (own && has('imr.read.own'))) return 'read'
  return 'none'
}
