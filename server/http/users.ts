/**
 * @module
 * Accounts, for admins: the list, and creating one with a generated password shown once.
 */
import { Hono } from 'hono'
import { CreateUserSchema } from '../../shared/api/auth.js'
import type { AuditLog } from '../audit/auditLog.js'
import { publicUser, type AccountService } from '../auth/accounts.js'
import { generatePassword } from '../auth/passwords.js'
import { readBody, requireAdmin, type AppEnv } from './context.js'

export function userRoutes(accounts: AccountService, audit: AuditLog): Hono<AppEnv> {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      requireAdmin(c)
      return c.json({ users: accounts.list().map(publicUser) })
    })
    .post('/', async (c) => {
      const admin = requireAdmin(c)
      const input = await readBody(c, CreateUserSchema)
      const password = generatePassword()
      const user = await accounts.create({ ...input, password })
      await audit.record({ action: 'user.created', actorId: admin.id, actorEmail: admin.email, ip: c.get('clientIp'), details: { email: user.email } })
      c.header('Cache-Control', 'no-store')
      return c.json({ user: publicUser(user), password }, 201)
    })
}
