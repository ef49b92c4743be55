// Bundles the server into one plain JavaScript file, so that it runs on Node alone: no TypeScript loader
// in the running process (about 40 MB less memory and a quicker start). Packages stay in node_modules.
// The bundle sits one folder below the repository root, as server/ does, so paths relative to the
// module (the built client in dist/client) are the same in both.
import { build } from 'esbuild'

await build({
  entryPoints: ['server/index.ts'],
  outfile: 'dist/server.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: true,
  logLevel: 'warning',
})
