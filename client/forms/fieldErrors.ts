/**
 * @module
 * A form's problems, one sentence per field: read from the server's refusal, and listed in the order
 * of the fields on the page for the error summary.
 */
import type { FieldProblem } from '../api/http'
import type { FormError } from './ErrorSummary'

export type FieldErrors<Field extends string> = Partial<Record<Field, string>>

/** The server's problems (`validation_failed` details, path `field` or `field.part`) about these fields, the first for each. */
export function fieldErrorsFrom<Field extends string>(problems: FieldProblem[], fields: readonly Field[]): FieldErrors<Field> {
  const errors: FieldErrors<Field> = {}
  for (const problem of problems) {
    const field = fields.find((candidate) => candidate === problem.path.split('.')[0])
    if (field) errors[field] ??= problem.message
  }
  return errors
}

/** `idOf`: the id of the field's element, where it is not the field's name. */
export function fieldSummary<Field extends string>(errors: FieldErrors<Field>, fields: readonly Field[], idOf: (field: Field) => string = (field) => field): FormError[] {
  return fields.flatMap((field) => {
    const text = errors[field]
    return text ? [{ href: idOf(field), text }] : []
  })
}

export const hasErrors = (errors: object): boolean => Object.keys(errors).length > 0
