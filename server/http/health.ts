/**
 * @module
 * `GET /api/health`: answers without authentication, for load balancers and monitoring.
 *
 * It answers 200 while the server serves, even when the disk fails (`status: 'degraded'`, with
 * `storage.writable: false`): edits are then held in this process's memory and stored as soon as the
 * disk takes them, so taking the server out of rotation would cut people off from the only copy.
 * Monitoring should alert on `status`. The body has counts and an error code, never document names.
 */
import { Hono } from 'hono'
import type { StorageReport } from '../storage/storageHealth.js'

export interface HealthFigures {
  loadedDocuments(): number
  connections(): number
  storage(): StorageReport
}

export function healthRoutes(figures: HealthFigures): Hono {
  return new Hono().get('/', (c) => {
    const storage = figures.storage()
    return c.json({
      status: storage.writable ? 'ok' : 'degraded',
      loadedDocuments: figures.loadedDocuments(),
      connections: figures.connections(),
      storage,
    })
  })
}
