/**
 * @module
 * What a person may do with one collaborative document of a review, from their capabilities: the
 * same rule for the WebSocket endpoint, the HTTP routes of IMRs, the exports and the client. An IMR
 * that its agency has signed off is read only for everyone until it is reopened. The media statement
 * is written by those who draft it (author, comms lead) and read by the panel; its text is public
 * in intent, but the register it is checked against never travels with it.
 */
import type { ReviewDocument } from '../collab/documentNames.js'
import type { Capability } from './roles.js'

export type DocumentAccess = 'none' | 'read' | 'write'

export interface DocumentState {
  /** The IMR has been signed off by its agency (always false for the report and the media statement). */
  signedOff: boolean
}

export function documentAccess(
  document: ReviewDocument,
  capabilities: readonly Capability[],
  ownAgencyId: string | null,
  state: DocumentState = { signedOff: false },
): DocumentAccess {
  const has = (capability: Capability) => capabilities.includes(capability)
  if (document.kind === 'report') {
    if (has('report.edit')) return 'write'
    return has('report.read') ? 'read' : 'none'
  }
  if (document.kind === 'media-statement') {
    if (has('media.edit')) return 'write'
    return has('media.read') ? 'read' : 'none'
  }
  const own = ownAgencyId !== null && document.agencyId === ownAgencyId
  const mayWrite = has('imr.edit') || (own && has('imr.edit.own'))
  if (mayWrite && !state.signedOff) return 'write'
  if (mayWrite || has('imr.read') || (own && has('imr.read.own'))) return 'read'
  return 'none'
}
