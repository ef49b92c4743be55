/**
 * @module
 * Reading a request body that is a file (a chronology to import) up to a limit of its own, instead of
 * the API's JSON limit: a body that says it is larger is refused before any of it is read, and one
 * that turns out larger is refused as soon as it passes the limit, so nothing unbounded is held.
 */
import type { Context } from 'hono'
import { AppError } from '../errors.js'
import type { AppEnv } from './context.js'

function tooLarge(c: Context<AppEnv>, maxBytes: number, what: string): AppError {
  // The rest of the body is not read; the connection cannot carry another request after it.
  c.header('Connection', 'close')
  return new AppError('payload_too_large', 413, `The ${what} is too large: send at most ${(maxBytes / (1024 * 1024)).toLocaleString('en-GB')} MiB.`)
}

export async function readFileBody(c: Context<AppEnv>, maxBytes: number, what: string): Promise<Uint8Array> {
  const declared = c.req.header('content-length')
  if (declared !== undefined && Number(declared) > maxBytes) throw tooLarge(c, maxBytes, what)
  const body = c.req.raw.body
  if (!body) return new Uint8Array(0)
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined)
      throw tooLarge(c, maxBytes, what)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks, size)
}
