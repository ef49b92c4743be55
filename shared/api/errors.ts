/**
 * @module
 * The API's error body and its stable codes. Clients branch on `code`; `message` is for people.
 */
import { z } from 'zod'

export const ERROR_CODES = [
  'bad_request',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'account_locked',
  'account_exists',
  'user_not_found',
  'origin_not_allowed',
  'member_exists',
  'member_not_found',
  'agency_not_found',
  'not_found',
  'review_not_found',
  'review_exists',
  'document_not_found',
  'invalid_document_name',
  'forbidden',
  'upgrade_required',
  'too_many_clients',
  'document_unavailable',
  'unavailable',
  'storage_unavailable',
  'leak_check_failed',
  'edit_conflict',
  'import_failed',
  'imr_signed_off',
  'entry_not_found',
  'action_not_found',
  'notification_not_found',
  'chronology_full',
  'internal',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

export const ErrorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBodySchema>
