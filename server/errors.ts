/**
 * @module
 * The one error type of the server: a stable code, an HTTP status and a sentence a person can act
 * on. `handleError` is the app's only error handler; it never shows a stack trace.
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { ErrorBody, ErrorCode } from '../shared/api/errors.js'
import { log } from './log.js'

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'AppError'
  }

  toJSON(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details === undefined ? {} : { details: this.details }) } }
  }
}

export function handleError(error: Error, c: Context): Response {
  if (error instanceof AppError) return c.json(error.toJSON(), error.status)
  if (error instanceof HTTPException) {
    const appError = new AppError('bad_request', error.status as ContentfulStatusCode, error.message || 'The request could not be handled.')
    return c.json(appError.toJSON(), appError.status)
  }
  log.error('http', `${c.req.method} ${c.req.path} failed`, error)
  return c.json(new AppError('internal', 500, 'Something went wrong on the server. Try again.').toJSON(), 500)
}

export function notFound(c: Context): Response {
  return c.json(new AppError('not_found', 404, `There is nothing at ${c.req.path}.`).toJSON(), 404)
}
