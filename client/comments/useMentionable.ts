/**
 * @module
 * Whom a comment may mention: the review's members who read the report (its author and panel), as
 * the members list gives them. Nobody else can read the comment, so nobody else is offered.
 */
import { useMemo } from 'react'
import { MemberListSchema, type MemberView } from '../../shared/api/auth'
import type { Mentionable } from '../../shared/comments/mentions'
import { useResource } from '../api/useResource'

const READS_THE_REPORT: ReadonlySet<MemberView['role']> = new Set(['author', 'panel'])

export function mentionableMembers(members: readonly MemberView[]): Mentionable[] {
  return members.filter((member) => READS_THE_REPORT.has(member.role)).map((member) => ({ id: member.userId, name: member.name }))
}

export function useMentionable(reviewId: string): Mentionable[] {
  const members = useResource(`/api/reviews/${reviewId}/members`, MemberListSchema)
  const list = members.state === 'ready' ? members.data.members : null
  return useMemo(() => (list ? mentionableMembers(list) : []), [list])
}
