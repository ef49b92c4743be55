/**
 * @module
 * Who may do what: the review roles, the capabilities, and the one table that joins them. The server
 * enforces this table on every route and every WebSocket connection; the client uses it only to hide
 * what a role cannot do.
 */
import { z } from 'zod'

export const REVIEW_ROLES = ['author', 'panel', 'agency', 'comms'] as const
export const ReviewRoleSchema = z.enum(REVIEW_ROLES)
export type ReviewRole = z.infer<typeof ReviewRoleSchema>

export const REVIEW_ROLE_LABELS: Record<ReviewRole, string> = {
  author: 'Independent author',
  panel: 'Panel member',
  agency: 'Agency IMR author',
  comms: 'Communications lead',
}

export const CAPABILITIES = [
  /** The review's title, kind, status, dates and agencies. */
  'review.read',
  'review.edit',
  'report.read',
  'report.edit',
  /** Every agency's IMR. */
  'imr.read',
  'imr.edit',
  /** The caller's own agency's IMR only, and editing it only until it is signed off. */
  'imr.read.own',
  'imr.edit.own',
  /** Returning a signed-off IMR to its agency for changes, without reading it. */
  'imr.reopen',
  /** Anonymised outputs: the public executive summary, the media statement. */
  'export.public',
  /** Accepting a leak-check finding as a false positive, with a reason. */
  'leakcheck.accept',
  /** The confidential report with the panel's comments (comments themselves travel with the report). */
  'comments.export',
  /** The action plan: its page, its DOCX and CSV downloads. */
  'actions.read',
  /** Adding, changing and removing actions. */
  'actions.edit',
  /** Reading the media statement as it is drafted. */
  'media.read',
  /** Drafting the media statement (its collaborative document). */
  'media.edit',
  /** Reading the board's response to the review. */
  'response.read',
  /** Drafting the board's response, on the board's behalf. */
  'response.edit',
  /** The publication record: status, publication date, the date the report may come down. */
  'publication.manage',
  'members.read',
  'members.manage',
  'audit.read',
] as const
export type Capability = (typeof CAPABILITIES)[number]

export const ROLE_CAPABILITIES: Record<ReviewRole, readonly Capability[]> = {
  // The author reads every IMR and writes none: each is its own agency's account.
  author: [
    'review.read', 'review.edit', 'report.read', 'report.edit', 'imr.read', 'imr.reopen', 'export.public', 'leakcheck.accept', 'comments.export',
    'actions.read', 'actions.edit', 'media.read', 'media.edit', 'response.read', 'members.read', 'members.manage', 'audit.read',
  ],
  panel: ['review.read', 'report.read', 'report.edit', 'imr.read', 'comments.export', 'actions.read', 'actions.edit', 'media.read', 'response.read', 'members.read'],
  agency: ['review.read', 'imr.read.own', 'imr.edit.own'],
  // The comms lead drafts the media statement and publishes; never the confidential report or IMRs.
  comms: ['review.read', 'export.public', 'media.read', 'media.edit', 'response.read', 'publication.manage'],
}

/** The board's business manager: runs reviews and their membership, not their confidential content. */
export const ADMIN_CAPABILITIES: readonly Capability[] = [
  'review.read', 'review.edit', 'imr.reopen', 'export.public', 'actions.read', 'actions.edit', 'response.read', 'response.edit', 'publication.manage',
  'members.read', 'members.manage', 'audit.read',
]

export function capabilitiesOf(role: ReviewRole | null, isAdmin: boolean): Capability[] {
  const granted = new Set<Capability>(role ? ROLE_CAPABILITIES[role] : [])
  if (isAdmin) for (const capability of ADMIN_CAPABILITIES) granted.add(capability)
  return CAPABILITIES.filter((capability) => granted.has(capability))
}
