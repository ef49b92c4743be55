/**
 * @module
 * The register's "Add a person or place" form: its values, checked with the register's own schema,
 * and its problems one sentence per field.
 */
import { EntityCategorySchema } from '../../shared/redaction/categories'
import { RegisterEntityInputSchema, type RegisterEntity, type RegisterEntityInput } from '../../shared/redaction/register'
import type { FormError } from '../forms/ErrorSummary'
import { fieldSummary, hasErrors, type FieldErrors } from '../forms/fieldErrors'

export interface EntityValues {
  realName: string
  /** One alias a line. */
  aliases: string
  category: string
  pseudonym: string
}

export const EMPTY_ENTITY: EntityValues = { realName: '', aliases: '', category: '', pseudonym: '' }

const FIELDS = ['realName', 'aliases', 'category', 'pseudonym'] as const
export type EntityField = (typeof FIELDS)[number]
export type EntityErrors = FieldErrors<EntityField>

export const entityFieldId = (field: EntityField): string => `entity-${field}`

export function entityValues(entity: RegisterEntity): EntityValues {
  return { realName: entity.realName, aliases: entity.aliases.join('\n'), category: entity.category, pseudonym: entity.pseudonym }
}

const isField = (value: unknown): value is EntityField => (FIELDS as readonly unknown[]).includes(value)
/** The schema's sentences, in the GOV.UK way: no full stop at the end. */
const sentence = (message: string) => message.replace(/\.$/, '')

export function checkEntity(values: EntityValues): { valid: RegisterEntityInput | null; errors: EntityErrors } {
  const aliases = values.aliases
    .split('\n')
    .map((alias) => alias.trim())
    .filter((alias) => alias.length > 0)
  const parsed = RegisterEntityInputSchema.safeParse({ ...values, aliases })
  const errors: EntityErrors = {}
  if (!EntityCategorySchema.safeParse(values.category).success) errors.category = 'Select a category'
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if (isField(field)) errors[field] ??= field === 'aliases' && issue.path.length > 1 ? `Other name ${Number(issue.path[1]) + 1}: ${sentence(issue.message)}` : sentence(issue.message)
    }
  }
  return { valid: parsed.success && !hasErrors(errors) ? parsed.data : null, errors }
}

export const entitySummary = (errors: EntityErrors): FormError[] => fieldSummary(errors, FIELDS, entityFieldId)
