import { createRequire } from 'node:module'

type Builtins = { 'node:fs': typeof import('node:fs'); 'node:crypto': typeof import('node:crypto') }

const loaded: Partial<Builtins> = {}
let requireBuiltin: ((id: string) => unknown) | undefined

/**
 * A Node built-in, fetched when first needed. `import { ... } from 'node:fs'` in an ES module builds a
 * facade holding every export of fs, which runs fs's lazy getters and loads its streams and promises
 * (about 30 internal modules) on every `import('@dbtooling/schema')`, though only the file loaders use them.
 * Node 20.16+ has `process.getBuiltinModule`; older versions go through `createRequire`.
 */
export function builtin<K extends keyof Builtins>(id: K): Builtins[K] {
  const cached = loaded[id]
  if (cached) return cached
  const module = (
    typeof process.getBuiltinModule === 'function' ? process.getBuiltinModule(id) : load(id)
  ) as Builtins[K]
  loaded[id] = module
  return module
}

function load(id: string): unknown {
  requireBuiltin ??= createRequire(import.meta.url)
  return requireBuiltin(id)
}
