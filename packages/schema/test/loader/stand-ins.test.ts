import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { StacksShimError } from '../../src/loader/index'
import { shimFile } from '../../src/stacks-shims/shim-files'
import { inertValue } from '../../src/stacks-shims/shim-module'

describe('inert stand-in values', () => {
  it('can be read deeply and printed, and throw a typed error only when called', () => {
    const makeHash = inertValue('@stacksjs/security', 'makeHash') as unknown as {
      algorithms: { bcrypt: () => void }
    } & (() => void)
    expect(typeof makeHash.algorithms.bcrypt).toBe('function')
    expect(`${makeHash}`).toBe('[stand-in @stacksjs/security.makeHash]')
    expect((makeHash as unknown as { then?: unknown }).then).toBeUndefined()
    let error: unknown
    try {
      makeHash()
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(StacksShimError)
    expect(error).toMatchObject({
      code: 'STACKS_PACKAGE_MISSING',
      packageName: '@stacksjs/security',
      exportName: 'makeHash',
    })
    expect((error as StacksShimError).hint).toContain('install @stacksjs/security')
    expect(() => new (makeHash as unknown as new () => object)()).toThrow(StacksShimError)
    expect(() => makeHash.algorithms.bcrypt()).toThrow(/makeHash\.algorithms\.bcrypt/)
  })

  it('generated stand-in modules expose known exports with behaviour and inert values for the rest', () => {
    const require = createRequire(import.meta.url)
    const orm = require(shimFile('@stacksjs/orm', ['defineModel', 'belongsTo'])) as Record<string, unknown>
    const definition = { name: 'User' }
    expect((orm.defineModel as (d: object) => object)(definition)).toBe(definition)
    expect(() => (orm.belongsTo as () => void)()).toThrow(StacksShimError)
    const validation = require(shimFile('@stacksjs/validation')) as {
      schema: { string: () => { kind: string } }
    }
    expect(validation.schema.string().kind).toBe('string')
  })

  it('writes one file per package and export list, reusing it', () => {
    const first = shimFile('@stacksjs/cache', ['remember'])
    expect(shimFile('@stacksjs/cache', ['remember'])).toBe(first)
    expect(shimFile('@stacksjs/cache', ['remember', 'forget'])).not.toBe(first)
  })
})
