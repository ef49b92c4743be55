/**
 * @module
 * What every request carries once the session middleware has run, and the helpers routes use to read
 * it and to validate input. Validation errors all take the same shape: 400 `validation_failed` with
 * the problems per field in `details`; a body that is not JSON at all is refused by `readJson`.
 */
import type { Context } from 'hono'
import type { z } from 'zod'
import type { User } from '../../shared/api/auth.js'
import { AppError } from '../errors.js'
import { readJson } from './jsonBody.js'

export interface AppEnv {
  Variables: {
    user: User | null
    /** The session token the request came with, if it resolved to a live session. */
    sessionToken: string | null
    clientIp: string | null
  }
}

export function requireUser(c: Context<AppEnv>): User {
  const user = c.get('user')
  if (!user) throw new AppError('unauthenticated', 401, 'Sign in to continue.')
  return user
}

export function requireAdmin(c: Context<AppEnv>): User {
  const user = requireUser(c)
  if (!user.isAdmin) throw new AppError('forbidden', 403, 'Only an administrator can do this.')
  return user
}

function validationError(error: z.ZodError, what: string): AppError {
  const details = error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }))
  const first = details[0]
  return new AppError('validation_failed', 400, `The ${what} is not valid${first ? `: ${first.path ? `${first.path}: ` : ''}${first.message}` : '.'}`, details)
}

export async function readBody<T>(c: Context<AppEnv>, schema: z.ZodType<T>): Promise<T> {
  const parsed = schema.safeParse(await readJson(c.req))
  if (!parsed.success) throw validationError(parsed.error, 'request body')
  return parsed.data
}

export function readParam<T>(value: string | undefined, schema: z.ZodType<T>, notFound: () => AppError): T {
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw notFound()
  return parsed.data
}
