import { afterEach, describe, expect, it, vi } from 'vitest'

// builtin() fetches node:fs and node:crypto with process.getBuiltinModule, so that importing the package
// loads no node:module (eager-graph.test.ts checks the built import); on a Node without it, it says so.
const original = process.getBuiltinModule

afterEach(() => {
  process.getBuiltinModule = original
  vi.resetModules()
})

describe('builtin() of @dbtooling/schema', () => {
  it('returns the built-in module, fetched once', async () => {
    const getBuiltinModule = vi.fn(original)
    process.getBuiltinModule = getBuiltinModule
    const { builtin } = await import('../../src/node-builtin')
    const crypto = builtin('node:crypto')
    expect(typeof crypto.createHash).toBe('function')
    expect(builtin('node:crypto')).toBe(crypto)
    expect(getBuiltinModule).toHaveBeenCalledTimes(1)
  })

  it('names the Node version it needs when process.getBuiltinModule is missing', async () => {
    Reflect.deleteProperty(process, 'getBuiltinModule')
    const { builtin } = await import('../../src/node-builtin')
    expect(() => builtin('node:fs')).toThrow(
      /@dbtooling\/schema needs Node\.js 20\.16 or newer to load node:fs .*upgrade Node/,
    )
  })
})
