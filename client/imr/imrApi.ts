/**
 * @module
 * Requests to the IMR API. The JSON helpers of `api/http` cover GET, POST, PATCH and DELETE; an IMR
 * also needs PUT (its details, an entry) and a file upload (a chronology import), whose refusal
 * carries the problems of each row instead of field paths.
 */
import type { z } from 'zod'
import { ErrorBodySchema } from '../../shared/api/errors'
import { CHRONOLOGY_IMPORT_TYPES, ImportProblemSchema, type ImportMode, type ImportProblem } from '../../shared/api/imrs'
import { ApiError, type FieldProblem } from '../api/http'
import { redirectToSignIn } from '../auth/session'

export const imrApiPath = (reviewId: string, agencyId: string, part = ''): string => `/api/reviews/${reviewId}/imrs/${agencyId}${part ? `/${part}` : ''}`

export const chronologyCsvPath = (reviewId: string, agencyId: string): string => imrApiPath(reviewId, agencyId, 'chronology.csv')

/** A refusal of the IMR API: `problems` lists what was wrong with an imported file, row by row. */
export class ImrApiError extends ApiError {
  constructor(status: number, code: string, message: string, fields: FieldProblem[], readonly problems: ImportProblem[]) {
    super(status, code, message, fields)
  }
}

function fieldProblems(details: unknown): FieldProblem[] {
  if (!Array.isArray(details)) return []
  return details.flatMap((detail: unknown) => {
    if (typeof detail !== 'object' || detail === null || !('path' in detail) || !('message' in detail)) return []
    const { path, message } = detail
    return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : []
  })
}

function importProblems(details: unknown): ImportProblem[] {
  if (!Array.isArray(details)) return []
  return details.flatMap((detail: unknown) => {
    const parsed = ImportProblemSchema.safeParse(detail)
    return parsed.success ? [parsed.data] : []
  })
}

async function refusal(response: Response): Promise<ImrApiError> {
  const body: unknown = await response.json().catch(() => null)
  const problem = ErrorBodySchema.safeParse(body)
  if (!problem.success) {
    const message = response.status === 413 ? 'The file is too large.' : `The server answered ${response.status}. Try again.`
    return new ImrApiError(response.status, response.status === 413 ? 'payload_too_large' : 'http_error', message, [], [])
  }
  const { code, message, details } = problem.data.error
  if (response.status === 401 && code === 'unauthenticated') redirectToSignIn()
  return new ImrApiError(response.status, code, message, fieldProblems(details), importProblems(details))
}

async function send(path: string, init: RequestInit): Promise<Response> {
  let response: Response
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init.headers }, credentials: 'same-origin' })
  } catch {
    throw new ImrApiError(0, 'network', 'The server could not be reached. Check your connection and try again.', [], [])
  }
  if (!response.ok) throw await refusal(response)
  return response
}

async function parsed<T>(response: Response, schema: z.ZodType<T>): Promise<T> {
  const result = schema.safeParse(await response.json().catch(() => null))
  if (!result.success) throw new ImrApiError(response.status, 'invalid_response', 'The server sent an answer this page does not understand.', [], [])
  return result.data
}

/** PUT, POST or DELETE with a JSON body (or none); the answer is parsed with `schema` when there is one. */
export async function sendImrJson<T>(method: 'PUT' | 'POST' | 'DELETE', path: string, body: unknown, schema: z.ZodType<T>): Promise<T>
export async function sendImrJson(method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown): Promise<void>
export async function sendImrJson<T>(method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown, schema?: z.ZodType<T>): Promise<T | void> {
  const init: RequestInit = body === undefined ? { method } : { method, body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }
  const response = await send(path, init)
  if (schema) return parsed(response, schema)
}

/** Sends a chronology file as it is, with its type, for the server to read. */
export async function uploadChronology<T>(path: string, file: File, mode: ImportMode, schema: z.ZodType<T>): Promise<T> {
  // By the file's name: browsers disagree on a CSV file's type (Windows often says it is Excel's).
  const type = CHRONOLOGY_IMPORT_TYPES[file.name.toLowerCase().endsWith('.docx') ? 'docx' : 'csv']
  const response = await send(`${path}?mode=${mode}`, { method: 'POST', body: file, headers: { 'Content-Type': type } })
  return parsed(response, schema)
}
