/**
 * @module
 * The roles an executive summary names openly (the board, its chair, the panel chair, the overview
 * author, and the panel's members by job title and organisation): the form's values, checked with the
 * shared schema, and its problems keyed by the id of the field they are about.
 */
import { PublicRolesSchema, type PublicRoles } from '../../shared/redaction/register'
import type { FormError } from '../forms/ErrorSummary'

export interface PanelMemberValues {
  jobTitle: string
  organisation: string
}

export type RolesValues = Omit<PublicRoles, 'panelMembers'> & { panelMembers: PanelMemberValues[] }

export const ROLE_FIELDS = [
  { field: 'boardName', label: 'Name of the board', hint: 'For example, Northshire Safeguarding Children Board' },
  { field: 'boardChair', label: 'Independent chair of the board', hint: undefined },
  { field: 'panelChair', label: 'Chair of the review panel', hint: undefined },
  { field: 'overviewAuthor', label: 'Independent overview author', hint: undefined },
] as const

/** Problems by field id. */
export type RolesErrors = Record<string, string>

export const rolesFieldId = (path: ReadonlyArray<PropertyKey>): string => `roles-${path.map(String).join('-')}`

export const rolesValues = (roles: PublicRoles): RolesValues => ({ ...roles, panelMembers: roles.panelMembers.map((member) => ({ ...member })) })

export function checkRoles(values: RolesValues): { valid: PublicRoles | null; errors: RolesErrors } {
  const parsed = PublicRolesSchema.safeParse(values)
  if (parsed.success) return { valid: parsed.data, errors: {} }
  const errors: RolesErrors = {}
  for (const issue of parsed.error.issues) {
    const message = issue.message.replace(/\.$/, '')
    const member = issue.path[0] === 'panelMembers' && typeof issue.path[1] === 'number' ? `Panel member ${issue.path[1] + 1}: ${message.charAt(0).toLowerCase()}${message.slice(1)}` : message
    errors[rolesFieldId(issue.path)] ??= member
  }
  return { valid: null, errors }
}

function rank(id: string): number {
  const top = ROLE_FIELDS.findIndex(({ field }) => rolesFieldId([field]) === id)
  if (top >= 0) return top
  const member = /^roles-panelMembers-(\d+)-(jobTitle|organisation)$/.exec(id)
  return member ? 10 + Number(member[1]) * 2 + (member[2] === 'organisation' ? 1 : 0) : Number.MAX_SAFE_INTEGER
}

/** In the order of the fields on the page. */
export function rolesSummary(errors: RolesErrors): FormError[] {
  return Object.keys(errors)
    .sort((a, b) => rank(a) - rank(b))
    .map((id) => ({ href: id, text: errors[id] }))
}
