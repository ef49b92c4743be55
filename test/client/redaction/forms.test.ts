import { describe, expect, it } from 'vitest'
import { RegisterMatcher } from '../../../shared/redaction/registerMatcher.js'
import type { RegisterEntity } from '../../../shared/redaction/register.js'
import { checkEntity, EMPTY_ENTITY, entitySummary } from '../../../client/redaction/entityForm.js'
import { checkRoles, rolesSummary } from '../../../client/redaction/publicRolesForm.js'
import { AD_HOC, checkRedaction, initialRedactValues } from '../../../client/redaction/redactForm.js'

const mother: RegisterEntity = { id: 'mother00000001', realName: 'Jane Smith', aliases: ['Janey'], category: 'family', pseudonym: 'Mother' }

describe('the register entry form', () => {
  it('says what is missing, field by field, in the order of the form', () => {
    const { valid, errors } = checkEntity(EMPTY_ENTITY)
    expect(valid).toBeNull()
    expect(entitySummary(errors).map((error) => [error.href, error.text])).toEqual([
      ['entity-realName', 'Enter the real name'],
      ['entity-category', 'Select a category'],
      ['entity-pseudonym', 'Enter the pseudonym to publish, for example "Child K" or "Mother"'],
    ])
  })

  it('takes one alias a line, leaving out blank lines', () => {
    const { valid } = checkEntity({ realName: ' Jane Smith ', aliases: 'Janey\n\n  J. Smith \n', category: 'family', pseudonym: 'Mother' })
    expect(valid).toEqual({ realName: 'Jane Smith', aliases: ['Janey', 'J. Smith'], category: 'family', pseudonym: 'Mother' })
  })
})

describe('the public roles form', () => {
  it('names the panel member a problem is about', () => {
    const { valid, errors } = checkRoles({ boardName: '', boardChair: '', panelChair: '', overviewAuthor: '', panelMembers: [{ jobTitle: 'Designated Nurse', organisation: '' }] })
    expect(valid).toBeNull()
    expect(rolesSummary(errors)).toEqual([{ href: 'roles-panelMembers-0-organisation', text: 'Panel member 1: enter the organisation' }])
  })
})

describe('the Redact dialog', () => {
  const matcher = new RegisterMatcher([mother])

  it('starts on the entity whose name is selected, or on the redaction already there', () => {
    expect(initialRedactValues(null, 'Janey', matcher, [mother]).choice).toBe(mother.id)
    expect(initialRedactValues(null, 'the school', matcher, [mother]).choice).toBeNull()
    expect(initialRedactValues({ entityId: null, category: 'date', reason: 'other' }, '3 May', matcher, [mother])).toEqual({ choice: AD_HOC, category: 'date', reason: 'other' })
  })

  it('links a redaction to the chosen entity, or asks an ad hoc one for its kind and reason', () => {
    expect(checkRedaction({ choice: mother.id, category: '', reason: '' }, [mother]).valid).toEqual({ entityId: mother.id, category: 'family', reason: null })
    expect(checkRedaction({ choice: AD_HOC, category: '', reason: '' }, [mother]).errors).toEqual({ category: 'Select what kind of thing this is', reason: 'Select why it must not be published' })
    expect(checkRedaction({ choice: AD_HOC, category: 'place', reason: 'thirdParty' }, [mother]).valid).toEqual({ entityId: null, category: 'place', reason: 'thirdParty' })
    expect(checkRedaction({ choice: null, category: '', reason: '' }, [mother]).errors.choice).toMatch(/^Select who or what this is/)
  })
})
