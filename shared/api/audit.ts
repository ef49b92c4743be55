/**
 * @module
 * Audit events as the log stores them and `GET /api/reviews/:id/audit` answers.
 */
import { z } from 'zod'

export const AUDIT_ACTIONS = [
  'login.succeeded',
  'login.failed',
  'login.locked',
  'logout',
  'review.created',
  'review.updated',
  'member.added',
  'member.removed',
  'member.role_changed',
  'user.created',
  'export.downloaded',
  'export.refused',
  'leakcheck.finding_accepted',
  'redaction.removed',
  'imr.details_changed',
  'imr.status_changed',
  'imr.reopened',
  'imr.imported',
  'imr.entry_created',
  'imr.entry_changed',
  'imr.entry_deleted',
  'board_response.updated',
  'publication.updated',
  'action.created',
  'action.changed',
  'action.deleted',
] as const
export type AuditAction = (typeof AUDIT_ACTIONS)[number]

export const AuditEventSchema = z.object({
  at: z.iso.datetime(),
  action: z.enum(AUDIT_ACTIONS),
  /** Who did it: a user id, or null when nobody was signed in (a failed login). */
  actorId: z.string().nullable(),
  actorEmail: z.string().nullable(),
  reviewId: z.string().nullable(),
  /** Where from: the client's address. */
  ip: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
})
export type AuditEvent = z.infer<typeof AuditEventSchema>

export const AuditListSchema = z.object({ events: z.array(AuditEventSchema) })
