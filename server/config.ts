/**
 * @module
 * Configuration from the environment (see the README), validated once at start-up.
 */
import { resolve } from 'node:path'
import { z } from 'zod'

const EnvironmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  SEED_DEMO: z.enum(['0', '1']).default('1'),
  ADMIN_EMAIL: z.string().trim().toLowerCase().pipe(z.email()).default('admin@example.org'),
  ADMIN_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
  DEMO_PASSWORD: z.string().min(8, 'must be at least 8 characters').optional(),
})

export interface ServerConfig {
  port: number
  host: string
  dataDir: string
  seedDemo: boolean
  adminEmail: string
  adminPassword: string | null
  demoPassword: string | null
}

export function readConfig(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = EnvironmentSchema.safeParse(environment)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')
    throw new Error(`Invalid configuration: ${problems}`)
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: resolve(parsed.data.DATA_DIR),
    seedDemo: parsed.data.SEED_DEMO === '1',
    adminEmail: parsed.data.ADMIN_EMAIL,
    adminPassword: parsed.data.ADMIN_PASSWORD ?? null,
    demoPassword: parsed.data.DEMO_PASSWORD ?? null,
  }
}
