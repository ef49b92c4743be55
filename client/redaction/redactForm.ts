/**
 * @module
 * The "Redact" dialog's values and checks: the selection is one of the register's entities (its
 * pseudonym is published instead), or an ad hoc redaction with a category and a reason.
 */
import { EntityCategorySchema, RedactionReasonSchema } from '../../shared/redaction/categories'
import type { RegisterEntity } from '../../shared/redaction/register'
import type { RegisterMatcher } from '../../shared/redaction/registerMatcher'
import type { RedactionAttributes } from '../../shared/schema'
import type { FormError } from '../forms/ErrorSummary'
import { fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'

export const AD_HOC = 'ad-hoc'

export interface RedactValues {
  /** An entity id, or `AD_HOC`. */
  choice: string | null
  category: string
  reason: string
}

const FIELDS = ['choice', 'category', 'reason'] as const
export type RedactErrors = FieldErrors<(typeof FIELDS)[number]>

export const redactFieldId = (field: (typeof FIELDS)[number]): string => `redact-${field}`

/** What the dialog starts with: the redaction already there, or the entity whose name is selected. */
export function initialRedactValues(existing: RedactionAttributes | null, selected: string, matcher: RegisterMatcher, entities: readonly RegisterEntity[]): RedactValues {
  if (existing) {
    const linked = existing.entityId !== null && entities.some((entity) => entity.id === existing.entityId)
    return linked ? { choice: existing.entityId, category: '', reason: '' } : { choice: AD_HOC, category: existing.category, reason: existing.reason ?? '' }
  }
  const named = matcher.find(selected).find((match) => entities.some((entity) => entity.id === match.entityId))
  return { choice: named?.entityId ?? null, category: '', reason: '' }
}

export function checkRedaction(values: RedactValues, entities: readonly RegisterEntity[]): { valid: RedactionAttributes | null; errors: RedactErrors } {
  const errors: RedactErrors = {}
  let valid: RedactionAttributes | null = null
  const entity = entities.find((candidate) => candidate.id === values.choice)
  if (entity) valid = { entityId: entity.id, category: entity.category, reason: null }
  else if (values.choice === AD_HOC) {
    const category = EntityCategorySchema.safeParse(values.category)
    const reason = RedactionReasonSchema.safeParse(values.reason)
    if (!category.success) errors.category = 'Select what kind of thing this is'
    if (!reason.success) errors.reason = 'Select why it must not be published'
    if (category.success && reason.success) valid = { entityId: null, category: category.data, reason: reason.data }
  } else errors.choice = 'Select who or what this is, or choose to redact it without the register'
  return { valid: hasErrors(errors) ? null : valid, errors }
}

export const redactSummary = (errors: RedactErrors): FormError[] => fieldSummary(errors, FIELDS, redactFieldId)
