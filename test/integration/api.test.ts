import { describe, expect, it } from 'vitest'
import { ReviewListSchema, ReviewSchema } from '../../shared/api/reviews.js'
import { ACCOUNTS, startTestServer } from '../helpers/testServer.js'

const ErrorBody = { error: { code: expect.any(String), message: expect.any(String) } }

describe('the JSON API', () => {
  it('answers the health check without a session', async () => {
    const server = await startTestServer()

    const response = await fetch(`${server.url}/api/health`)

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ok',
      loadedDocuments: expect.any(Number),
      connections: 0,
      storage: { writable: true, failingSince: null, failingDocuments: 0, databaseFailing: false, lastError: null },
    })
  })

  it('lists the demo review Child K with the documents the author may open', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const response = await server.fetchAs(author, '/api/reviews')
    const { reviews } = ReviewListSchema.parse(await response.json())

    expect(response.status).toBe(200)
    expect(reviews).toEqual([
      expect.objectContaining({
        id: 'child-k',
        title: 'Child K',
        kind: 'serious-case-review',
        role: 'author',
        documents: {
          report: 'review.child-k.report',
          'media-statement': 'review.child-k.media-statement',
          'imr-social-care': 'review.child-k.imr-social-care',
          'imr-police': 'review.child-k.imr-police',
          'imr-health': 'review.child-k.imr-health',
          'imr-education': 'review.child-k.imr-education',
        },
      }),
    ])
  })

  it('returns one review by its id', async () => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const response = await server.fetchAs(author, '/api/reviews/child-k')

    expect(response.status).toBe(200)
    expect(ReviewSchema.parse(await response.json()).title).toBe('Child K')
  })

  it.each(['nobody', 'NOT-VALID', '..%2F..%2Fdb.json'])('answers 404 with a JSON error for the review %j', async (id) => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const response = await server.fetchAs(author, `/api/reviews/${id}`)

    expect(response.status).toBe(404)
    expect(await response.json()).toEqual(ErrorBody)
  })

  it.each([
    ['GET', '/api/nope'],
    ['GET', '/api/reviews/child-k/nope'],
    ['POST', '/api/health'],
    ['DELETE', '/api/reviews/child-k'],
  ])('answers %s %s with 404 and a JSON error', async (method, path) => {
    const server = await startTestServer()
    const author = await server.login(ACCOUNTS.author)

    const response = await server.fetchAs(author, path, { method })

    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(await response.json()).toEqual({ error: { code: 'not_found', message: expect.stringContaining(path) } })
  })

  it('tells a plain HTTP request to the collaboration endpoint that it speaks WebSocket only', async () => {
    const server = await startTestServer()

    const response = await fetch(`${server.url}/collab/review.child-k.report`)

    expect(response.status).toBe(426)
    expect(await response.json()).toMatchObject({ error: { code: 'upgrade_required' } })
  })
})
