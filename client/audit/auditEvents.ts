/**
 * @module
 * Audit events as `GET /api/reviews/:id/audit` answers, and each one told in a sentence. The schema
 * comes from shared/, as the server writes it.
 */
import { z } from 'zod'
import { REVIEW_STATUS_LABELS, ReviewStatusSchema, type Agency } from '../../shared/api/reviews'
import { REVIEW_ROLE_LABELS, ReviewRoleSchema } from '../../shared/auth/roles'
import { formatIsoDate } from '../forms/formatDate'
import { KEY_DATE_LABELS } from '../reviews/KeyDates'
import { inSentence, withArticle } from '../reviews/roleLabel'

import type { AuditEvent } from '../../shared/api/audit'

export { AuditListSchema } from '../../shared/api/audit'
export type { AuditEvent }

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

function roleText(value: unknown): string {
  const role = ReviewRoleSchema.safeParse(value)
  return role.success ? inSentence(REVIEW_ROLE_LABELS[role.data]) : text(value)
}

const ChangesSchema = z.object({
  title: z.string().optional(),
  status: ReviewStatusSchema.optional(),
  dates: z.record(z.string(), z.string().nullable()).optional(),
})

function describeChanges(details: Record<string, unknown>): string {
  const changes = ChangesSchema.safeParse(details.changes)
  if (!changes.success) return 'Changed the review'
  const parts: string[] = []
  if (changes.data.title) parts.push(`title to “${changes.data.title}”`)
  if (changes.data.status) parts.push(`status to ${inSentence(REVIEW_STATUS_LABELS[changes.data.status])}`)
  for (const [key, value] of Object.entries(changes.data.dates ?? {})) {
    const label = KEY_DATE_LABELS[key as keyof typeof KEY_DATE_LABELS]
    if (label) parts.push(`${inSentence(label)} to ${value ? formatIsoDate(value) : 'not recorded'}`)
  }
  return parts.length > 0 ? `Set the ${parts.join(', ')}` : 'Changed the review'
}

export function describeAuditEvent({ action, details }: AuditEvent, agencies: Agency[]): string {
  const agency = agencies.find((candidate) => candidate.id === details.agencyId)?.name ?? text(details.agencyId)
  switch (action) {
    case 'login.succeeded':
      return 'Signed in'
    case 'login.failed':
      return 'Tried to sign in, and was refused'
    case 'login.locked':
      return 'Account locked after repeated failed sign-ins'
    case 'logout':
      return 'Signed out'
    case 'review.created':
      return `Created the review${details.title ? ` “${text(details.title)}”` : ''}`
    case 'review.updated':
      return describeChanges(details)
    case 'member.added':
      return `Added ${text(details.memberEmail)} as ${withArticle(roleText(details.role))}${agency ? ` (${agency})` : ''}`
    case 'member.role_changed':
      return `Changed the role of ${text(details.memberEmail)} from ${roleText(details.previousRole)} to ${roleText(details.role)}${agency ? ` (${agency})` : ''}`
    case 'member.removed':
      return `Removed ${text(details.memberEmail)} (${roleText(details.role)})`
    case 'user.created':
      return `Created an account for ${text(details.email)}`
    case 'export.downloaded':
      return `Downloaded ${text(details.export) || 'an export'}`
    case 'export.refused':
      return `Was refused ${text(details.export) || 'an export'}: the leak check found ${text(details.findings)} thing(s) to redact`
    case 'leakcheck.finding_accepted':
      return `Accepted “${text(details.text)}” as not identifying: ${text(details.reason)}`
    case 'redaction.removed':
      return Number(details.spans) > 1 ? `Removed ${Number(details.spans)} redactions from the report` : 'Removed a redaction from the report'
    default:
      return action
  }
}
