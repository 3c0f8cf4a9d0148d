import { describe, expect, it } from 'vitest'
import { NumberValue } from '../../src/document/index'
import { compileUpdate, diffUpdate, ExpressionAttributes, sameValue } from '../../src/expressions/index'

function compiled(before: object, after: object, options?: Parameters<typeof diffUpdate>[2]) {
  const attrs = new ExpressionAttributes()
  const actions = diffUpdate(before, after, options)
  if (actions.length === 0) return undefined
  return { expression: compileUpdate(actions, attrs), names: attrs.names(), values: attrs.values() }
}

describe('diffUpdate', () => {
  it('returns no actions when nothing changed', () => {
    const item = { pk: 'a', n: 1, m: { x: [1, { y: new Set(['a']) }] }, b: new Uint8Array([1]) }
    const copy = { pk: 'a', n: 1, m: { x: [1, { y: new Set(['a']) }] }, b: new Uint8Array([1]) }
    expect(diffUpdate(item, copy)).toEqual([])
  })

  it('sets changed nested members instead of replacing the map', () => {
    const before = { pk: 'a', profile: { name: 'Ada', address: { city: 'London', zip: 'N1' } } }
    const after = { pk: 'a', profile: { name: 'Ada', address: { city: 'Paris', zip: 'N1' }, born: 1815 } }
    expect(compiled(before, after)).toEqual({
      expression: 'SET #n0.#n1.#n2 = :v0, #n0.#n3 = :v1',
      names: { '#n0': 'profile', '#n1': 'address', '#n2': 'city', '#n3': 'born' },
      values: { ':v0': 'Paris', ':v1': 1815 },
    })
  })

  it('replaces maps whole when asked', () => {
    expect(compiled({ m: { a: 1, b: 2 } }, { m: { a: 1, b: 3 } }, { replaceMaps: true })?.values).toEqual({
      ':v0': { a: 1, b: 3 },
    })
  })

  it('removes attributes that disappeared, became undefined or became empty sets', () => {
    expect(
      compiled({ a: 1, b: 2, c: new Set(['x']), m: { d: 1 } }, { b: undefined, c: new Set(), m: {} }),
    ).toEqual({
      expression: 'REMOVE #n0, #n1, #n2.#n3, #n4',
      names: { '#n0': 'b', '#n1': 'c', '#n2': 'm', '#n3': 'd', '#n4': 'a' },
      values: undefined,
    })
  })

  it('replaces lists and sets whole and skips excluded key attributes', () => {
    const result = compiled(
      { pk: 'a', sk: 'b', list: [1, 2], tags: new Set(['x']) },
      { pk: 'z', sk: 'b', list: [1, 2, 3], tags: new Set(['x', 'y']) },
      { exclude: ['pk', 'sk'] },
    )
    expect(result?.expression).toBe('SET #n0 = :v0, #n1 = :v1')
    expect(result?.names).toEqual({ '#n0': 'list', '#n1': 'tags' })
  })

  it('keeps names containing dots as single segments', () => {
    expect(compiled({ m: { 'a.b': 1 } }, { m: { 'a.b': 2 } })?.names).toEqual({ '#n0': 'm', '#n1': 'a.b' })
  })

  it('replaces a value whose type changed', () => {
    expect(compiled({ m: { a: 1 } }, { m: 'text' })?.expression).toBe('SET #n0 = :v0')
    expect(compiled({ m: null }, { m: { a: 1 } })?.expression).toBe('SET #n0 = :v0')
  })
})

describe('sameValue', () => {
  it('compares numbers by decimal value across representations', () => {
    expect(sameValue(1, 1n)).toBe(true)
    expect(sameValue(new NumberValue('1.50'), 1.5)).toBe(true)
    expect(sameValue(new NumberValue('12345678901234567890'), 12345678901234567890n)).toBe(true)
    expect(sameValue(1, 2)).toBe(false)
    expect(sameValue(1, '1')).toBe(false)
  })

  it('compares binaries by bytes and sets by members', () => {
    expect(sameValue(new Uint8Array([1, 2]), Buffer.from([1, 2]))).toBe(true)
    expect(sameValue(new Set([1, 2]), new Set([2, 1]))).toBe(true)
    expect(sameValue(new Set([1, 2]), new Set([1, 3]))).toBe(false)
    expect(sameValue([1, [2]], [1, [2]])).toBe(true)
    expect(sameValue({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(sameValue(new Map([['a', 1]]), new Map([['a', 1]]))).toBe(true)
  })
})
