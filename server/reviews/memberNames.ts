/**
 * @module
 * The names of a review's members, for the leak check to look for in anything that leaves the app
 * (members without an account any more are left out).
 */
import type { AccountService } from '../auth/accounts.js'
import type { StoredReview } from '../../shared/api/reviews.js'
import { RegisterMatcher } from '../../shared/redaction/registerMatcher.js'

export function memberNamesOf(review: Pick<StoredReview, 'members'>, accounts: Pick<AccountService, 'findById'>): string[] {
  return review.members.map((member) => accounts.findById(member.userId)?.name).filter((name): name is string => Boolean(name))
}

/** The members' names as a matcher, each searched as an identifier (they have no pseudonym). */
export function memberNameMatcher(memberNames: readonly string[]): RegisterMatcher {
  return new RegisterMatcher(memberNames.map((name, index) => ({ id: `member-${index}`, realName: name, aliases: [], category: 'identifier' as const })))
}
