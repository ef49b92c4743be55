/**
 * @module
 * JSON requests to the server's API, with its errors turned into `ApiError`s that carry a message a
 * person can read.
 */
import type { z } from 'zod'
import { ErrorBodySchema } from '../../shared/api/errors'

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export async function getJson<T>(path: string, schema: z.ZodType<T>, signal?: AbortSignal): Promise<T> {
  let response: Response
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' }, credentials: 'same-origin', signal })
  } catch (error) {
    if (signal?.aborted) throw error
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection and try again.')
  }
  const body: unknown = await response.json().catch(() => null)
  if (!response.ok) {
    const problem = ErrorBodySchema.safeParse(body)
    if (problem.success) throw new ApiError(response.status, problem.data.error.code, problem.data.error.message)
    throw new ApiError(response.status, 'http_error', `The server answered ${response.status}.`)
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw new ApiError(response.status, 'invalid_response', 'The server sent an answer this page does not understand.')
  return parsed.data
}
