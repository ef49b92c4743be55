/**
 * @module
 * Findings of the leak check that the author accepted as false positives, each with a written reason
 * (e.g. "Brown is the colour of the car here, not the family's name"). Stored with the review on the
 * server, set only by the author through the API, and each acceptance is recorded in the audit log:
 * nothing else lets an export past the check.
 */
import { z } from 'zod'
import { singleLineText } from '../api/text.js'

export const AcceptFindingSchema = z.object({
  text: singleLineText(200, 'Give the text that was found.'),
  reason: singleLineText(500, 'Say why this is not identifying.').refine((reason) => reason.length >= 10, 'Write a reason of at least 10 characters.'),
})
export type AcceptFinding = z.infer<typeof AcceptFindingSchema>

export const AcceptedFindingSchema = AcceptFindingSchema.extend({
  acceptedBy: z.string(),
  acceptedAt: z.iso.datetime(),
})
export type AcceptedFinding = z.infer<typeof AcceptedFindingSchema>

export const isSameFindingText = (a: string, b: string) => a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB')
