/**
 * @module
 * One entry of an agency's chronology: when, who (a practitioner's role, never a name), what happened,
 * where the information comes from, and the structured flags that the merged chronology counts
 * (each time the child was seen, seen alone, spoken to).
 */
import { z } from 'zod'
import { containsHiddenCharacters, singleLineText } from '../api/text.js'
import { ChronologyDateSchema } from './chronologyDate.js'

export const CHRONOLOGY_FLAGS = [
  'childSeen',
  'childSeenAlone',
  'childSpokenTo',
  'wishesAndFeelingsRecorded',
  'accessPreventedByCarer',
  'thirdPartyConcern',
] as const
export type ChronologyFlag = (typeof CHRONOLOGY_FLAGS)[number]

export const CHRONOLOGY_FLAG_LABELS: Record<ChronologyFlag, string> = {
  childSeen: 'Child seen',
  childSeenAlone: 'Child seen alone',
  childSpokenTo: 'Child spoken to',
  wishesAndFeelingsRecorded: "Child's wishes and feelings recorded",
  accessPreventedByCarer: 'Access to the child prevented by a carer',
  thirdPartyConcern: 'Concern raised by a third party',
}

export const ChronologyFlagsSchema = z.object(
  Object.fromEntries(CHRONOLOGY_FLAGS.map((flag) => [flag, z.boolean()])) as Record<ChronologyFlag, z.ZodBoolean>,
).strict()
export type ChronologyFlags = z.infer<typeof ChronologyFlagsSchema>

export const NO_FLAGS: ChronologyFlags = Object.fromEntries(CHRONOLOGY_FLAGS.map((flag) => [flag, false])) as ChronologyFlags

export const CHRONOLOGY_ENTRY_ID_PATTERN = /^ent_[a-z0-9]{6,32}$/
export const ChronologyEntryIdSchema = z.string().regex(CHRONOLOGY_ENTRY_ID_PATTERN, 'Not a chronology entry id.')

/** Text of several lines (what happened, impact): line breaks and tabs allowed, other hidden characters not. */
export function multiLineText(maxLength: number) {
  return z
    .string()
    .trim()
    .max(maxLength, `Use ${maxLength} characters or fewer.`)
    .refine((text) => !containsHiddenCharacters(text.replace(/[\n\t]/g, ' ').replace(/\r/g, '')), 'Use only ordinary characters: no invisible formatting marks.')
}

export const TimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time as HH:MM, from 00:00 to 23:59.')

/** What a person enters for an entry: the request body of create and change, and one imported row. */
export const ChronologyEntryFieldsSchema = z
  .object({
    date: ChronologyDateSchema,
    time: TimeSchema.nullable(),
    practitionerRole: singleLineText(120, "Enter the practitioner's role (not their name)."),
    event: multiLineText(5000).pipe(z.string().min(1, 'Enter what happened.')),
    source: singleLineText(300, 'Enter the source of the information: a record or a person’s role.'),
    impact: multiLineText(2000),
    actionTaken: multiLineText(2000),
    flags: ChronologyFlagsSchema,
  })
  .strict()
  .refine((fields) => !fields.flags.childSeenAlone || fields.flags.childSeen, {
    path: ['flags', 'childSeenAlone'],
    message: '“Child seen alone” needs “Child seen” too.',
  })
export type ChronologyEntryFields = z.infer<typeof ChronologyEntryFieldsSchema>

export const ChronologyEntrySchema = z.object({
  id: ChronologyEntryIdSchema,
  date: ChronologyDateSchema,
  time: z.string().nullable(),
  practitionerRole: z.string(),
  event: z.string(),
  source: z.string(),
  impact: z.string(),
  actionTaken: z.string(),
  flags: ChronologyFlagsSchema,
  /** Goes up by one on every change: a change sent against an older revision is refused as a conflict. */
  revision: z.number().int().min(1),
  updatedAt: z.iso.datetime(),
})
export type ChronologyEntry = z.infer<typeof ChronologyEntrySchema>
