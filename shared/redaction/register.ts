/**
 * @module
 * The register of people and places of one review: each entity's real name, the aliases and variants
 * seen in records, its category and the pseudonym a public text uses instead. Also the board roles an
 * executive summary names openly, which are kept apart from the register.
 */
import { z } from 'zod'
import { singleLineText } from '../api/text.js'
import { EntityCategorySchema, type EntityCategory } from './categories.js'

export const MAX_ALIASES = 30
export const MAX_REGISTER_ENTITIES = 1_000

export const EntityIdSchema = z.string().regex(/^[a-z0-9]{8,32}$/, 'Not an entity id.')

export const RegisterEntityInputSchema = z.object({
  realName: singleLineText(200, 'Enter the real name.'),
  aliases: z.array(singleLineText(200, 'An alias cannot be empty.')).max(MAX_ALIASES, `Give ${MAX_ALIASES} aliases or fewer.`).default([]),
  category: EntityCategorySchema,
  pseudonym: singleLineText(100, 'Enter the pseudonym to publish, for example "Child K" or "Mother".'),
})
export type RegisterEntityInput = z.infer<typeof RegisterEntityInputSchema>

export const RegisterEntitySchema = RegisterEntityInputSchema.extend({ id: EntityIdSchema })
export type RegisterEntity = z.infer<typeof RegisterEntitySchema>

export const RegisterSchema = z.array(RegisterEntitySchema).max(MAX_REGISTER_ENTITIES)

/** Board roles that are public in an executive summary's introduction. */
export const PublicRolesSchema = z.object({
  boardName: z.string().trim().max(200).default(''),
  boardChair: z.string().trim().max(200).default(''),
  panelChair: z.string().trim().max(200).default(''),
  overviewAuthor: z.string().trim().max(200).default(''),
  panelMembers: z
    .array(z.object({ jobTitle: singleLineText(200, 'Enter the job title.'), organisation: singleLineText(200, 'Enter the organisation.') }))
    .max(40)
    .default([]),
})
export type PublicRoles = z.infer<typeof PublicRolesSchema>

const PERSON_CATEGORIES: ReadonlySet<EntityCategory> = new Set(['child', 'family', 'otherAdult', 'professional'])
/** Words that name nobody on their own. */
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'dame', 'rev', 'baby', 'child', 'the', 'of', 'and'])

/**
 * Every term that identifies the entity: its real name, its aliases and, for a person, each part of
 * a name on its own ("Jane", "Smith"), since records and drafts use them alone.
 */
export function termsOf(entity: Pick<RegisterEntity, 'realName' | 'aliases' | 'category'>): string[] {
  const terms = new Set<string>()
  const add = (term: string) => {
    const cleaned = term.trim().replace(/\s+/g, ' ')
    if (cleaned.length >= 2) terms.add(cleaned)
  }
  const names = [entity.realName, ...entity.aliases]
  for (const name of names) add(name)
  if (PERSON_CATEGORIES.has(entity.category)) {
    for (const name of names) {
      for (const part of name.split(/[\s,]+/)) {
        const bare = part.replace(/[.()]/g, '')
        if (bare.length >= 2 && !TITLES.has(bare.toLowerCase())) add(bare)
      }
    }
  }
  return [...terms]
}
