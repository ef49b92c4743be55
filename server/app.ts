/**
 * @module
 * Builds the Hono app: the JSON API under /api and the web client. Tests import this; `server.ts`
 * puts it on a port with the collaboration endpoint.
 */
import { Hono } from 'hono'
import { AppError, handleError, notFound } from './errors.js'
import { clientRoutes } from './http/client.js'
import { healthRoutes, type HealthFigures } from './http/health.js'
import { reviewRoutes } from './http/reviews.js'
import type { DocumentRegistry } from './collab/registry.js'
import type { ReviewService } from './reviews/reviewService.js'

export interface AppServices {
  reviews: ReviewService
  registry: DocumentRegistry
  health: HealthFigures
  clientDir: string
}

export function createApp(services: AppServices): Hono {
  const api = new Hono()
    .route('/health', healthRoutes(services.health))
    .route('/reviews', reviewRoutes(services.reviews, services.registry))
  api.notFound(notFound)

  const app = new Hono()
  app.onError(handleError)
  app.notFound(notFound)
  app.route('/api', api)
  app.all('/api/*', notFound)
  app.all('/collab/*', () => {
    throw new AppError('upgrade_required', 426, 'The collaboration endpoint speaks WebSocket only.')
  })
  app.route('/', clientRoutes(services.clientDir))
  return app
}
