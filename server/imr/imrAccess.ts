/**
 * @module
 * Who may read and change which IMR, on the server, by the rule the collaboration endpoint also uses
 * (`shared/auth/documentAccess.ts`): the author and the panel read every IMR, an agency's IMR author
 * reads their own and changes it until it is signed off, and nobody else reads any. A review the
 * caller does not belong to answers 404 as a missing one does; an agency the review does not have
 * 404 `agency_not_found`; an IMR the caller may not read or change 403.
 */
import type { User } from '../../shared/api/auth.js'
import type { Agency } from '../../shared/api/reviews.js'
import { documentAccess, type DocumentAccess } from '../../shared/auth/documentAccess.js'
import type { ImrStatus } from '../../shared/imr/imrDetails.js'
import { AppError } from '../errors.js'
import type { ReviewAccess, ReviewService } from '../reviews/reviewService.js'

export interface ImrContext {
  access: ReviewAccess
  agency: Agency
}

export const agencyNotFound = () => new AppError('agency_not_found', 404, 'This review has no agency with that id.')
const forbidden = (message: string) => new AppError('forbidden', 403, message)

export function imrContext(reviews: ReviewService, user: User, reviewId: string, agencyId: string): ImrContext {
  const access = reviews.access(user, reviewId)
  const agency = access.review.agencies.find((candidate) => candidate.id === agencyId)
  if (!agency) throw agencyNotFound()
  return { access, agency }
}

export function imrAccessLevel({ access, agency }: ImrContext, status: ImrStatus): DocumentAccess {
  return documentAccess({ reviewId: access.review.id, kind: 'imr', agencyId: agency.id }, access.capabilities, access.agencyId, { signedOff: status === 'signed-off' })
}

export function requireRead(context: ImrContext, status: ImrStatus): 'read' | 'write' {
  const level = imrAccessLevel(context, status)
  if (level === 'none') throw forbidden('Your role in this review does not let you read this agency’s IMR.')
  return level
}

export function requireWrite(context: ImrContext, status: ImrStatus): void {
  if (imrAccessLevel(context, status) === 'write') return
  if (imrAccessLevel(context, 'received') === 'write') {
    throw new AppError('imr_signed_off', 403, 'This IMR has been signed off, so it can no longer be changed. Ask the independent author to reopen it if it must be.')
  }
  throw forbidden('Only the agency’s own IMR author can change its IMR.')
}

/** Anyone with any IMR to read: the author and panel (all), an agency's IMR author (their own). */
export function requireSomeImr(access: ReviewAccess): void {
  if (!access.capabilities.includes('imr.read') && !access.capabilities.includes('imr.read.own')) throw forbidden('Your role in this review does not let you read IMRs.')
}

export function requireEveryImr(access: ReviewAccess): void {
  if (!access.capabilities.includes('imr.read')) throw forbidden('Only the independent author and the panel can read every agency’s chronology.')
}

export function requireReopen(access: ReviewAccess): void {
  if (!access.capabilities.includes('imr.reopen')) throw forbidden('Only the independent author or an administrator can reopen a signed-off IMR.')
}
