import { describe, expect, it } from 'vitest'
import { casterFor, ulid } from '../../src/index'

describe('casts', () => {
  it('number, boolean and json normalise assigned values', () => {
    expect(casterFor('number', undefined).assign('42', {})).toBe(42)
    expect(casterFor(undefined, 'integer').load(7n, {})).toBe(7)
    expect(casterFor('boolean', undefined).assign('false', {})).toBe(false)
    expect(casterFor('json', undefined).assign('{"a":1}', {})).toEqual({ a: 1 })
  })

  it('date and datetime store ISO strings', () => {
    const when = new Date('2024-05-06T07:08:09.000Z')
    expect(casterFor('datetime', undefined).assign(when, {})).toBe('2024-05-06T07:08:09.000Z')
    expect(casterFor('date', undefined).assign(when, {})).toBe('2024-05-06')
    expect(casterFor(undefined, 'datetime').assign(when.getTime(), {})).toBe('2024-05-06T07:08:09.000Z')
  })

  it('sets are arrays in models and DynamoDB sets in storage; empty sets are not stored', () => {
    const caster = casterFor('set', undefined)
    expect(caster.store(['b', 'a'], {})).toEqual(new Set(['b', 'a']))
    expect(caster.load(new Set(['b', 'a']), {})).toEqual(['a', 'b'])
    expect(caster.store([], {})).toBeUndefined()
  })

  it('custom casts convert both ways', () => {
    const money = casterFor(
      { get: (cents: number) => cents / 100, set: (amount: number) => Math.round(amount * 100) },
      'number',
    )
    expect(money.store(12.34, {})).toBe(1234)
    expect(money.load(1234, {})).toBe(12.34)
  })

  it('ulid is 26 Crockford characters that sort by time', () => {
    const first = ulid(1_000)
    const second = ulid(2_000)
    expect(first).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/)
    expect(first < second).toBe(true)
  })
})
