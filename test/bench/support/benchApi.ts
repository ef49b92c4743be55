/**
 * @module
 * The API calls the benchmarks make, as people would: the admin creates reviews and makes the demo
 * author their author.
 */
import { ACCOUNTS, signIn } from '../../support/accounts.js'

export async function callApi(baseUrl: string, token: string, method: string, path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`)
  return response.json()
}

export async function createReviewsForAuthor(baseUrl: string, ids: string[]): Promise<void> {
  const admin = await signIn(baseUrl, ACCOUNTS.admin)
  for (const id of ids) {
    await callApi(baseUrl, admin, 'POST', '/api/reviews', { id, title: `Benchmark ${id}`, kind: 'serious-case-review' })
    await callApi(baseUrl, admin, 'POST', `/api/reviews/${id}/members`, { email: ACCOUNTS.author, role: 'author' })
  }
}
