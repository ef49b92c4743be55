/**
 * @module
 * An action of the action plan, as stored and as the API carries it: the specific change that answers
 * a recommendation, who leads it, by when, how it is going and what difference it made. Types come from
 * the zod schemas, which also validate request bodies.
 */
import { z } from 'zod'
import { IsoDateSchema, SlugSchema } from '../api/reviews.js'
import { singleLineText } from '../api/text.js'
import { multiLineText } from '../imr/chronologyEntry.js'
import { RECOMMENDATION_ID_PATTERN } from '../schema/recommendation.js'
import { ActionStatusSchema } from './actionStatus.js'

export const ACTION_ID_PATTERN = /^act_[a-z0-9]{6,32}$/
export const ActionIdSchema = z.string().regex(ACTION_ID_PATTERN)
export const RecommendationIdSchema = z.string().regex(RECOMMENDATION_ID_PATTERN, 'Choose a recommendation of this report.')

/** Text of several lines: line breaks and tabs allowed, other hidden characters (bidirectional overrides, controls) refused. */
const longText = (maxLength: number) => multiLineText(maxLength)

const actionFields = {
  recommendationId: RecommendationIdSchema,
  change: longText(2000).pipe(z.string().min(1, 'Say what will change.')),
  leadAgencyId: SlugSchema,
  responsibleRole: singleLineText(200, 'Name the role responsible, for example "Head of Service, Children\'s Social Care".'),
  targetDate: IsoDateSchema,
  status: ActionStatusSchema,
  evidenceOfImpact: longText(4000),
  /** When the board next looks at this action; null until it is set. */
  nextMonitoringDate: IsoDateSchema.nullable(),
}

export const ActionSchema = z.object({ id: ActionIdSchema, ...actionFields })
export type Action = z.infer<typeof ActionSchema>

/** The body of a request that adds an action; a new action is not started and has no evidence yet unless said. */
export const NewActionSchema = z
  .object({
    ...actionFields,
    status: actionFields.status.default('not-started'),
    evidenceOfImpact: actionFields.evidenceOfImpact.default(''),
    nextMonitoringDate: actionFields.nextMonitoringDate.default(null),
  })
  .strict()
export type NewAction = z.infer<typeof NewActionSchema>

/** The body of a request that changes an action: any of its fields, and nothing else. */
export const UpdateActionSchema = z.object(actionFields).partial().strict()
export type UpdateAction = z.infer<typeof UpdateActionSchema>

/**
 * An action as the action plan stores it: with a revision that goes up by one on every change (a change
 * sent against an older revision is refused as a conflict) and when it was last changed.
 */
export const StoredActionSchema = ActionSchema.extend({
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
})
export type StoredAction = z.infer<typeof StoredActionSchema>
