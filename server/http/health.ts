/**
 * @module
 * `GET /api/health`: answers without authentication, for load balancers and start-up scripts.
 */
import { Hono } from 'hono'

export interface HealthFigures {
  loadedDocuments(): number
  connections(): number
}

export function healthRoutes(figures: HealthFigures): Hono {
  return new Hono().get('/', (c) =>
    c.json({ status: 'ok', loadedDocuments: figures.loadedDocuments(), connections: figures.connections() }),
  )
}
