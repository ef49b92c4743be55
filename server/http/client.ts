/**
 * @module
 * Serves the built web client: its assets, and `index.html` for every other page path so the client
 * can route. Says plainly what to do when the client has not been built.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self' ws: wss:",
  "img-src 'self' data:",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

export function clientRoutes(clientDir: string): Hono {
  const app = new Hono()
  app.use('*', async (c, next) => {
    await next()
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
  })
  app.use('/assets/*', serveStatic({ root: clientDir }))
  app.get('*', (c) => {
    const indexPath = join(clientDir, 'index.html')
    if (!existsSync(indexPath)) {
      return c.text('The web client has not been built. Run `npm start` (which builds it) or `npm run build`.', 503)
    }
    c.header('Cache-Control', 'no-cache')
    return c.html(readFileSync(indexPath, 'utf8'))
  })
  return app
}
