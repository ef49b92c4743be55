/**
 * @module
 * A review's members: who they are and their one role. Changes go into the audit log.
 */
import type { MemberView } from '../../shared/api/auth.js'
import type { ReviewRole } from '../../shared/auth/roles.js'
import type { AuditLog } from '../audit/auditLog.js'
import type { AccountService } from '../auth/accounts.js'
import { AppError } from '../errors.js'
import type { Database, StoredUser } from '../storage/database.js'
import type { ReviewAccess } from './reviewService.js'

export interface Actor {
  user: { id: string; email: string }
  ip: string | null
}

export class MemberService {
  constructor(
    private readonly database: Database,
    private readonly accounts: AccountService,
    private readonly audit: AuditLog,
  ) {}

  list({ review }: ReviewAccess): MemberView[] {
    return review.members
      .map((member) => {
        const user = this.accounts.findById(member.userId)
        return user ? { userId: user.id, email: user.email, name: user.name, role: member.role, agencyId: member.agencyId } : null
      })
      .filter((member): member is MemberView => member !== null)
      .sort((a, b) => a.name.localeCompare(b.name))
  }

  /** Adds a person to the review, or changes their role if they are already a member. */
  async add({ review }: ReviewAccess, input: { email: string; role: ReviewRole; agencyId: string | null }, actor: Actor): Promise<MemberView> {
    const user: StoredUser | undefined = this.accounts.findByEmail(input.email)
    if (!user) throw new AppError('user_not_found', 404, 'There is no account with that email address. Create the account first.')
    if (input.agencyId !== null && !review.agencies.some((agency) => agency.id === input.agencyId)) {
      throw new AppError('agency_not_found', 400, 'That agency is not part of this review.')
    }
    const existing = review.members.find((member) => member.userId === user.id)
    const previousRole = existing?.role
    await this.database.update(() => {
      if (existing) {
        existing.role = input.role
        existing.agencyId = input.agencyId
      } else {
        review.members.push({ userId: user.id, role: input.role, agencyId: input.agencyId })
      }
    })
    await this.audit.record({
      action: existing ? 'member.role_changed' : 'member.added',
      actorId: actor.user.id,
      actorEmail: actor.user.email,
      reviewId: review.id,
      ip: actor.ip,
      details: { memberEmail: user.email, role: input.role, agencyId: input.agencyId, ...(previousRole ? { previousRole } : {}) },
    })
    return { userId: user.id, email: user.email, name: user.name, role: input.role, agencyId: input.agencyId }
  }

  async remove({ review }: ReviewAccess, userId: string, actor: Actor): Promise<void> {
    const member = review.members.find((candidate) => candidate.userId === userId)
    if (!member) throw new AppError('member_not_found', 404, 'That person is not a member of this review.')
    await this.database.update(() => {
      review.members = review.members.filter((candidate) => candidate.userId !== userId)
    })
    await this.audit.record({
      action: 'member.removed',
      actorId: actor.user.id,
      actorEmail: actor.user.email,
      reviewId: review.id,
      ip: actor.ip,
      details: { memberEmail: this.accounts.findById(userId)?.email ?? userId, role: member.role },
    })
  }
}
