/**
 * @module
 * The register of people and places, and the public roles, as they are in the report's Y.Doc right
 * now: read again whenever anyone changes them, so the panel, the pseudonym labels and the live
 * detection all follow every open editor. One store per open report.
 */
import { useSyncExternalStore } from 'react'
import type * as Y from 'yjs'
import type { PublicRoles } from '../../shared/redaction/register'
import { PUBLIC_ROLES_MAP, REGISTER_MAP, readPublicRoles, readRegister, registerMatcherOf, type ReadRegister } from '../../shared/redaction/registerDoc'
import type { RegisterMatcher } from '../../shared/redaction/registerMatcher'
import { ValueStore } from '../app/valueStore'

export class RegisterStore {
  readonly register: ValueStore<ReadRegister>
  readonly roles: ValueStore<PublicRoles>
  private matcherFor: ReadRegister | null = null
  private cachedMatcher: RegisterMatcher | null = null
  private readonly registerMap: Y.Map<unknown>
  private readonly rolesMap: Y.Map<unknown>

  constructor(readonly doc: Y.Doc) {
    this.registerMap = doc.getMap<unknown>(REGISTER_MAP)
    this.rolesMap = doc.getMap<unknown>(PUBLIC_ROLES_MAP)
    this.register = new ValueStore(readRegister(doc))
    this.roles = new ValueStore(readPublicRoles(doc))
    this.registerMap.observe(this.onRegister)
    this.rolesMap.observe(this.onRoles)
  }

  private readonly onRegister = () => this.register.set(readRegister(this.doc))
  private readonly onRoles = () => this.roles.set(readPublicRoles(this.doc))

  /** The matcher for the register as it is now (entries that fail the schema included, as the leak check has them). */
  get matcher(): RegisterMatcher {
    const register = this.register.get()
    if (this.matcherFor !== register || !this.cachedMatcher) {
      this.cachedMatcher = registerMatcherOf(register)
      this.matcherFor = register
    }
    return this.cachedMatcher
  }

  destroy(): void {
    this.registerMap.unobserve(this.onRegister)
    this.rolesMap.unobserve(this.onRoles)
    this.register.destroy()
    this.roles.destroy()
  }
}

export function useRegister(store: RegisterStore): ReadRegister {
  return useSyncExternalStore(store.register.subscribe, store.register.get)
}

export function usePublicRoles(store: RegisterStore): PublicRoles {
  return useSyncExternalStore(store.roles.subscribe, store.roles.get)
}
