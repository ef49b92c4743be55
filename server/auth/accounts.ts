/**
 * @module
 * Accounts: creating them, and signing in with a delay-free lock after repeated failures. Every
 * attempt, successful or not, goes into the audit log.
 */
import { randomUUID } from 'node:crypto'
import type { User } from '../../shared/api/auth.js'
import type { AuditLog } from '../audit/auditLog.js'
import { AppError } from '../errors.js'
import type { Database, StoredUser } from '../storage/database.js'
import { DUMMY_HASH, hashPassword, verifyPassword } from './passwords.js'

export const MAX_FAILED_LOGINS = 5
export const LOCK_MINUTES = 15

export function publicUser(user: StoredUser): User {
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin }
}

const signInRefused = () => new AppError('invalid_credentials', 401, 'The email address or password is not right.')

export class AccountService {
  constructor(
    private readonly database: Database,
    private readonly audit: AuditLog,
  ) {}

  findById(id: string): StoredUser | undefined {
    return this.database.data.users.find((user) => user.id === id)
  }

  findByEmail(email: string): StoredUser | undefined {
    const wanted = email.trim().toLowerCase()
    return this.database.data.users.find((user) => user.email === wanted)
  }

  list(): StoredUser[] {
    return [...this.database.data.users].sort((a, b) => a.name.localeCompare(b.name))
  }

  async create(input: { email: string; name: string; password: string; isAdmin?: boolean }): Promise<StoredUser> {
    const email = input.email.trim().toLowerCase()
    if (this.findByEmail(email)) throw new AppError('account_exists', 409, 'An account with that email address already exists.')
    const user: StoredUser = {
      id: randomUUID(),
      email,
      name: input.name.trim(),
      isAdmin: input.isAdmin ?? false,
      passwordHash: await hashPassword(input.password),
      failedLogins: 0,
      lockedUntil: null,
      createdAt: new Date().toISOString(),
    }
    await this.database.update((data) => {
      data.users.push(user)
    })
    return user
  }

  /** The account for these credentials; refuses without saying whether the email exists. */
  async signIn(email: string, password: string, ip: string | null, now = new Date()): Promise<StoredUser> {
    const user = this.findByEmail(email)
    if (!user) {
      await verifyPassword(password, await DUMMY_HASH)
      await this.audit.record({ action: 'login.failed', actorId: null, actorEmail: email, ip, details: { reason: 'unknown account' } })
      throw signInRefused()
    }
    if (user.lockedUntil && new Date(user.lockedUntil) > now) {
      await this.audit.record({ action: 'login.failed', actorId: user.id, actorEmail: user.email, ip, details: { reason: 'locked' } })
      throw new AppError('account_locked', 429, `Too many attempts to sign in. Try again after ${LOCK_MINUTES} minutes, or ask your administrator.`)
    }
    if (!(await verifyPassword(password, user.passwordHash))) {
      const failures = user.failedLogins + 1
      const locked = failures >= MAX_FAILED_LOGINS
      await this.database.update(() => {
        user.failedLogins = locked ? 0 : failures
        user.lockedUntil = locked ? new Date(now.getTime() + LOCK_MINUTES * 60_000).toISOString() : user.lockedUntil
      })
      await this.audit.record({ action: locked ? 'login.locked' : 'login.failed', actorId: user.id, actorEmail: user.email, ip, details: { failures } })
      throw signInRefused()
    }
    if (user.failedLogins > 0 || user.lockedUntil) {
      await this.database.update(() => {
        user.failedLogins = 0
        user.lockedUntil = null
      })
    }
    await this.audit.record({ action: 'login.succeeded', actorId: user.id, actorEmail: user.email, ip })
    return user
  }
}
