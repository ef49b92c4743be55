/**
 * @module
 * One HTTP request with exactly the bytes given: the path as written (no URL clean-up, so broken
 * percent-encoding reaches the server), any headers or none, and a body sent whole with its length
 * or in chunks without one.
 */
import { request } from 'node:http'

export interface RawRequest {
  method: string
  path: string
  headers?: Record<string, string>
  /** An array is sent chunk by chunk, with `Transfer-Encoding: chunked` and no Content-Length. */
  body?: string | Uint8Array | Uint8Array[]
}

export interface RawResponse {
  status: number
  contentType: string
  text: string
}

export function sendRaw(port: number, { method, path, headers = {}, body }: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ host: '127.0.0.1', port, method, path, headers }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.once('end', () =>
        resolve({ status: response.statusCode ?? 0, contentType: response.headers['content-type'] ?? '', text: Buffer.concat(chunks).toString('utf8') }),
      )
    })
    // The server may answer a body that is too large before it has all of it, and close.
    outgoing.on('error', reject)
    if (Array.isArray(body)) {
      for (const chunk of body) outgoing.write(chunk)
    } else if (body !== undefined) {
      outgoing.setHeader('Content-Length', typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength)
      outgoing.write(body)
    }
    outgoing.end()
  })
}
