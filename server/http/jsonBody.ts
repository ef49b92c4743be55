/**
 * @module
 * Reading a request body as JSON, strictly: it must say it is JSON (a form or plain text is refused
 * before it is read), be UTF-8 (broken bytes are refused, not turned into replacement characters
 * that would be stored), parse, and name no JavaScript object internals such as `__proto__`.
 * Size is limited before this runs, by `jsonBodyLimit` on every API route.
 */
import type { HonoRequest, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../errors.js'

/** Far above the largest body the API takes (a new review with 30 agencies is about 10 KiB). */
export const MAX_JSON_BODY_BYTES = 64 * 1024

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function jsonBodyLimit(): MiddlewareHandler {
  return bodyLimit({
    maxSize: MAX_JSON_BODY_BYTES,
    onError: (c) => {
      // The rest of the body is not read; the connection cannot carry another request after it.
      c.header('Connection', 'close')
      throw new AppError('payload_too_large', 413, `The request body is too large: send at most ${MAX_JSON_BODY_BYTES / 1024} KiB.`)
    },
  })
}

function requireJsonContentType(header: string | undefined): void {
  const [mediaType = '', ...parameters] = (header ?? '').split(';').map((part) => part.trim().toLowerCase())
  if (mediaType !== 'application/json') {
    throw new AppError('unsupported_media_type', 415, 'Send the request body as JSON, with the header Content-Type: application/json.')
  }
  const charset = parameters.find((parameter) => parameter.startsWith('charset='))?.slice('charset='.length).replace(/"/g, '')
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8') {
    throw new AppError('unsupported_media_type', 415, 'Send the request body as JSON in UTF-8.')
  }
}

function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new AppError('validation_failed', 400, 'The request body is not valid UTF-8 text.')
  }
}

function refuseObjectInternals(key: string, value: unknown): unknown {
  if (FORBIDDEN_KEYS.has(key)) throw new AppError('validation_failed', 400, `The request body may not contain the key "${key}".`)
  return value
}

export async function readJson(request: HonoRequest): Promise<unknown> {
  requireJsonContentType(request.header('content-type'))
  const text = decodeUtf8(await request.arrayBuffer())
  try {
    return JSON.parse(text, refuseObjectInternals)
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('validation_failed', 400, 'The request body must be JSON.')
  }
}
