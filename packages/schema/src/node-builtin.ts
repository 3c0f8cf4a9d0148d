type Builtins = { 'node:fs': typeof import('node:fs'); 'node:crypto': typeof import('node:crypto') }

const loaded: Partial<Builtins> = {}

/**
 * A Node built-in, fetched when first needed. `import { ... } from 'node:fs'` in an ES module builds a
 * facade holding every export of fs, which runs fs's lazy getters and loads its streams and promises
 * (about 30 internal modules) on every `import('@dbtooling/schema')`; node:crypto loads about 30 more
 * (streams, ciphers), and only the file loaders use them. `process.getBuiltinModule` (Node 20.16+)
 * fetches one without importing node:module, which would load node:module and its source-map support on
 * every import (1–3 ms of a cold start, bench --suite import).
 */
export function builtin<K extends keyof Builtins>(id: K): Builtins[K] {
  const cached = loaded[id]
  if (cached) return cached
  const module = load(id) as Builtins[K]
  loaded[id] = module
  return module
}

function load(id: string): unknown {
  if (typeof process.getBuiltinModule === 'function') return process.getBuiltinModule(id)
  throw new Error(
    `@dbtooling/schema needs Node.js 20.16 or newer to load ${id} (process.getBuiltinModule is missing in Node ${process.version}): upgrade Node`,
  )
}
