/**
 * @module
 * Where the register lives: in the report's own Y.Doc, beside the text it protects, so that every
 * change reaches every open editor live, works offline like the text, and reaches only those who may
 * read the report. Entries are plain objects checked against the register schema when read: an entry
 * that fails is reported, and its names are still searched for (the leak check fails closed).
 */
import * as Y from 'yjs'
import { RegisterMatcher } from './registerMatcher.js'
import { PublicRolesSchema, RegisterEntitySchema, type PublicRoles, type RegisterEntity, type RegisterEntityInput } from './register.js'

export const REGISTER_MAP = 'register'
export const PUBLIC_ROLES_MAP = 'publicRoles'
const PUBLIC_ROLES_KEY = 'roles'

export interface ReadRegister {
  entities: RegisterEntity[]
  /** Entries that do not pass the schema, with whatever names could be read from them. */
  invalid: Array<{ id: string; names: string[] }>
}

function namesIn(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return []
  const { realName, aliases } = value as { realName?: unknown; aliases?: unknown }
  const names = [realName, ...(Array.isArray(aliases) ? aliases : [])]
  return names.filter((name): name is string => typeof name === 'string' && name.trim().length > 0)
}

export function readRegister(doc: Y.Doc): ReadRegister {
  const result: ReadRegister = { entities: [], invalid: [] }
  doc.getMap<unknown>(REGISTER_MAP).forEach((value, id) => {
    const parsed = RegisterEntitySchema.safeParse({ ...(typeof value === 'object' && value !== null ? value : {}), id })
    if (parsed.success) result.entities.push(parsed.data)
    else result.invalid.push({ id, names: namesIn(value) })
  })
  result.entities.sort((a, b) => a.pseudonym.localeCompare(b.pseudonym, 'en-GB') || a.id.localeCompare(b.id))
  return result
}

/**
 * The matcher for a register as read: its entities, and the names of entries that fail the schema
 * (searched as identifiers), so that a broken entry never lets its name through.
 */
export function registerMatcherOf(register: ReadRegister): RegisterMatcher {
  const salvaged = register.invalid.flatMap(({ id, names }) => names.map((name, index) => ({ id: `${id}-${index}`, realName: name, aliases: [], category: 'identifier' as const })))
  return new RegisterMatcher([...register.entities, ...salvaged])
}

export function putEntity(doc: Y.Doc, id: string, entity: RegisterEntityInput): void {
  doc.getMap<unknown>(REGISTER_MAP).set(id, { realName: entity.realName, aliases: [...entity.aliases], category: entity.category, pseudonym: entity.pseudonym })
}

export function removeEntity(doc: Y.Doc, id: string): void {
  doc.getMap<unknown>(REGISTER_MAP).delete(id)
}

export function readPublicRoles(doc: Y.Doc): PublicRoles {
  return PublicRolesSchema.safeParse(doc.getMap<unknown>(PUBLIC_ROLES_MAP).get(PUBLIC_ROLES_KEY) ?? {}).data ?? PublicRolesSchema.parse({})
}

export function writePublicRoles(doc: Y.Doc, roles: PublicRoles): void {
  doc.getMap<unknown>(PUBLIC_ROLES_MAP).set(PUBLIC_ROLES_KEY, JSON.parse(JSON.stringify(roles)) as unknown)
}

/** A new entity id: 16 lower-case letters and digits. */
export function newEntityId(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => (byte % 36).toString(36)).join('')
}
