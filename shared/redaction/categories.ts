/**
 * @module
 * What a redaction hides: the categories of the register of people and places, the reasons an ad hoc
 * redaction may give, and the neutral wording a public text uses where no pseudonym is set.
 */
import { z } from 'zod'

export const ENTITY_CATEGORIES = ['child', 'family', 'otherAdult', 'professional', 'place', 'organisation', 'date', 'identifier'] as const
export const EntityCategorySchema = z.enum(ENTITY_CATEGORIES)
export type EntityCategory = z.infer<typeof EntityCategorySchema>

export const ENTITY_CATEGORY_LABELS: Record<EntityCategory, string> = {
  child: 'Child',
  family: 'Family member',
  otherAdult: 'Other adult',
  professional: 'Professional',
  place: 'Place',
  organisation: 'School or organisation',
  date: 'Date',
  identifier: 'Identifier',
}

/** What an ad hoc redaction of this category reads as in a public text. */
export const NEUTRAL_WORDING: Record<EntityCategory, string> = {
  child: '[a child]',
  family: '[a family member]',
  otherAdult: '[an adult]',
  professional: '[a professional]',
  place: '[a place]',
  organisation: '[an organisation]',
  date: '[a date]',
  identifier: '[an identifier]',
}

export const REDACTION_REASONS = ['identifiesChild', 'identifiesFamily', 'thirdParty', 'health', 'courtRestriction', 'professionalIdentity', 'other'] as const
export const RedactionReasonSchema = z.enum(REDACTION_REASONS)
export type RedactionReason = z.infer<typeof RedactionReasonSchema>

export const REDACTION_REASON_LABELS: Record<RedactionReason, string> = {
  identifiesChild: 'Identifies the child',
  identifiesFamily: 'Identifies a family member',
  thirdParty: 'Third-party information',
  health: 'Health information',
  courtRestriction: 'Court reporting restriction',
  professionalIdentity: 'Identifies a practitioner',
  other: 'Other reason',
}
