import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * A build of our packages from another commit, for side-by-side runs against the current code (e.g. main
 * before the observability work): `DBTOOLING_BASELINE=/path/to/checkout`, whose `packages/<name>/dist`
 * is built and whose packages resolve `@dbtooling/*` to each other (see bench/README.md).
 */
export function baselineModule(name: 'dynamo-client' | 'orm'): string | null {
  const root = process.env.DBTOOLING_BASELINE
  if (!root) return null
  const file = join(root, 'packages', name, 'dist', 'index.js')
  return existsSync(file) ? pathToFileURL(file).href : null
}

export function baselineUnavailable(name: 'dynamo-client' | 'orm'): string | undefined {
  if (!process.env.DBTOOLING_BASELINE) return 'set DBTOOLING_BASELINE to a checkout with built packages'
  return baselineModule(name) ? undefined : `no built packages/${name}/dist/index.js under DBTOOLING_BASELINE`
}
