/**
 * @module
 * The board's response to a review, published with the executive summary: whether the board accepts
 * the findings (and why not all of them), the actions already taken, the impact they had, and what
 * more will be done. Plain text, several lines each. It carries a revision, and a save made against an
 * older one is refused (409 `edit_conflict`), so two people never silently overwrite each other.
 */
import { z } from 'zod'
import { multiLineText } from '../imr/chronologyEntry.js'

export const BOARD_ACCEPTANCES = ['accepts-all', 'accepts-most', 'does-not-accept'] as const
export const BoardAcceptanceSchema = z.enum(BOARD_ACCEPTANCES, 'Choose whether the board accepts the findings.')
export type BoardAcceptance = z.infer<typeof BoardAcceptanceSchema>

export const BOARD_ACCEPTANCE_LABELS: Record<BoardAcceptance, string> = {
  'accepts-all': 'The board accepts all the findings',
  'accepts-most': 'The board accepts most of the findings',
  'does-not-accept': 'The board does not accept the findings',
}

/** Acceptances that need the board's reasons. */
export const ACCEPTANCES_WITH_REASONS: readonly BoardAcceptance[] = ['accepts-most', 'does-not-accept']

const boardResponseFields = {
  acceptance: BoardAcceptanceSchema,
  acceptanceReasons: multiLineText(4000),
  actionsTaken: multiLineText(8000),
  impact: multiLineText(8000),
  furtherActions: multiLineText(8000),
}

export const StoredBoardResponseSchema = z.object({
  ...boardResponseFields,
  /** Null until the response is first saved. */
  acceptance: BoardAcceptanceSchema.nullable(),
  revision: z.number().int().min(0),
  updatedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
  updatedAt: z.iso.datetime().nullable(),
})
export type StoredBoardResponse = z.infer<typeof StoredBoardResponseSchema>

export const emptyBoardResponse = (): StoredBoardResponse => ({
  acceptance: null,
  acceptanceReasons: '',
  actionsTaken: '',
  impact: '',
  furtherActions: '',
  revision: 0,
  updatedBy: null,
  updatedAt: null,
})

/** The body of `PUT /api/reviews/:id/board-response`: every field, and the revision it was made from. */
export const UpdateBoardResponseSchema = z
  .object({ revision: z.number().int().min(0), ...boardResponseFields })
  .strict()
  .superRefine(({ acceptance, acceptanceReasons }, context) => {
    if (ACCEPTANCES_WITH_REASONS.includes(acceptance) && acceptanceReasons === '') {
      context.addIssue({ code: 'custom', path: ['acceptanceReasons'], message: 'Give the board’s reasons for not accepting every finding' })
    }
  })
export type UpdateBoardResponse = z.infer<typeof UpdateBoardResponseSchema>

/** The answer of `GET` and `PUT`: the response as stored (the editor's name only, never their id). */
export const BoardResponseViewSchema = z.object({
  boardResponse: StoredBoardResponseSchema.omit({ updatedBy: true }).extend({ updatedBy: z.string().nullable() }),
})
export type BoardResponseView = z.infer<typeof BoardResponseViewSchema>
