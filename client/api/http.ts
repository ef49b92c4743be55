/**
 * @module
 * JSON requests to the server's API, with its errors turned into `ApiError`s that carry a message a
 * person can read. A request that finds the session gone (401 `unauthenticated`) also tells the
 * handler set with `onUnauthenticated`, which sends the person to sign in.
 */
import type { z } from 'zod'
import { ErrorBodySchema } from '../../shared/api/errors'

export interface FieldProblem {
  path: string
  message: string
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** For `validation_failed`: the problems per field, as the server lists them. */
    readonly fields: FieldProblem[] = [],
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

let unauthenticatedHandler: () => void = () => {}

export function onUnauthenticated(handler: () => void): void {
  unauthenticatedHandler = handler
}

function readFieldProblems(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return []
  return details.flatMap((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null) return []
    const { path, message } = detail as Record<string, unknown>
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : []
  })
}

async function request<T>(path: string, init: RequestInit, schema: z.ZodType<T> | null, { quiet = false } = {}): Promise<T | null> {
  let response: Response
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers }, credentials: 'same-origin' })
  } catch (error) {
    if (init.signal?.aborted) throw error
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.')
  }
  const body: unknown = response.status === 204 ? null : await response.json().catch(() => null)
  if (!response.ok) {
    const problem = ErrorBodySchema.safeParse(body)
    if (!problem.success) throw new ApiError(response.status, 'http_error', `The server answered ${response.status}.`)
    const { code, message, details } = problem.data.error
    if (response.status === 401 && code === 'unauthenticated' && !quiet) unauthenticatedHandler()
    throw new ApiError(response.status, code, message, readFieldProblems(details))
  }
  if (!schema) return null
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', 'The server sent an answer this page does not understand.')
  return parsed.data
}

/** `quiet`: a 401 is only thrown, without sending the person to sign in. */
export async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal, options: { quiet?: boolean } = {}): Promise<T> {
  return (await request(path, { signal }, schema, options)) as T
}

/** POST, PATCH or DELETE with a JSON body; the answer is parsed with `schema`, or ignored without one. */
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>): Promise<T>
export async function sendJson(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown): Promise<void>
export async function sendJson<T>(method: 'POST' | 'PATCH' | 'DELETE', path: string, body?: unknown, schema?: z.ZodType<T>): Promise<T | void> {
  const init: RequestInit = { method }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'Content-Type': 'application/json' }
  }
  const answer = await request(path, init, schema ?? null)
  return schema ? (answer as T) : undefined
}

export function asApiError(error: unknown): ApiError {
  return error instanceof ApiError ? error : new ApiError(0, 'unknown', 'Something went wrong. Try again.')
}
