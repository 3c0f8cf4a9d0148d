import { afterEach, describe, expect, it, vi } from 'vitest'

// builtin() of the orm and of the schema (one copy each, since neither package exports it) fetches node:fs
// and node:crypto with process.getBuiltinModule, so that importing the packages loads no node:module
// (eager-graph.test.ts checks the built import); on a Node without it, it says which version it needs.
const original = process.getBuiltinModule
type BuiltinModule = typeof import('../../src/node-builtin')

const copies: [string, () => Promise<BuiltinModule>][] = [
  ['@dbtooling/orm', () => import('../../src/node-builtin')],
  ['@dbtooling/schema', () => import('../../../schema/src/node-builtin')],
]

afterEach(() => {
  process.getBuiltinModule = original
  vi.resetModules()
})

describe.each(copies)('builtin() of %s', (name, load) => {
  it('returns the built-in module, fetched once', async () => {
    const getBuiltinModule = vi.fn(original)
    process.getBuiltinModule = getBuiltinModule
    const { builtin } = await load()
    const crypto = builtin('node:crypto')
    expect(typeof crypto.createHash).toBe('function')
    expect(builtin('node:crypto')).toBe(crypto)
    expect(getBuiltinModule).toHaveBeenCalledTimes(1)
  })

  it('names the Node version it needs when process.getBuiltinModule is missing', async () => {
    Reflect.deleteProperty(process, 'getBuiltinModule')
    const { builtin } = await load()
    expect(() => builtin('node:fs')).toThrow(
      `${name} needs Node.js 20.16 or newer to load node:fs (process.getBuiltinModule is missing in Node ${process.version}): upgrade Node`,
    )
  })
})
