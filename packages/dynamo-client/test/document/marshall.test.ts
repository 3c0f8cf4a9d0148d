import { describe, expect, it } from 'vitest'
import { MarshallError, marshall, NumberValue, toAttributeValue } from '../../src/document/index'

function errorOf(run: () => unknown): MarshallError {
  try {
    run()
  } catch (error) {
    if (error instanceof MarshallError) return error
    throw error
  }
  throw new Error('expected a MarshallError')
}

describe('marshall', () => {
  it('converts every supported JS type to its wire form', () => {
    const item = {
      s: 'text',
      n: -1.25,
      big: 123456789012345678901234567890n,
      exact: new NumberValue('3.14159265358979323846264338327950288'),
      yes: true,
      nothing: null,
      bytes: new Uint8Array([0, 1, 255]),
      buffer: Buffer.from('hi'),
      arrayBuffer: new Uint8Array([9, 8]).buffer,
      list: ['a', 1, [false]],
      map: { nested: { deep: 'x' } },
      ss: new Set(['a', 'b']),
      ns: new Set([1, 2n, new NumberValue('3.5')]),
      bs: new Set([new Uint8Array([1]), new Uint8Array([2])]),
      jsMap: new Map([['k', 1]]),
    }
    expect(marshall(item)).toEqual({
      s: { S: 'text' },
      n: { N: '-1.25' },
      big: { N: '123456789012345678901234567890' },
      exact: { N: '3.14159265358979323846264338327950288' },
      yes: { BOOL: true },
      nothing: { NULL: true },
      bytes: { B: 'AAH/' },
      buffer: { B: 'aGk=' },
      arrayBuffer: { B: 'CQg=' },
      list: { L: [{ S: 'a' }, { N: '1' }, { L: [{ BOOL: false }] }] },
      map: { M: { nested: { M: { deep: { S: 'x' } } } } },
      ss: { SS: ['a', 'b'] },
      ns: { NS: ['1', '2', '3.5'] },
      bs: { BS: ['AQ==', 'Ag=='] },
      jsMap: { M: { k: { N: '1' } } },
    })
  })

  it('names the attribute path of an empty set', () => {
    const error = errorOf(() => marshall({ profile: { address: { zip: new Set() } } }))
    expect(error.code).toBe('EMPTY_SET')
    expect(error.path).toBe('profile.address.zip')
    expect(error.message).toContain('profile.address.zip')
    expect(error.hint).toMatch(/convertEmptyValues/)
  })

  it('names list indexes in paths', () => {
    const error = errorOf(() => marshall({ items: [1, { price: Number.NaN }] }))
    expect(error.code).toBe('INVALID_NUMBER')
    expect(error.path).toBe('items[1].price')
  })

  it('rejects NaN and Infinity', () => {
    expect(errorOf(() => marshall({ a: Number.POSITIVE_INFINITY })).code).toBe('INVALID_NUMBER')
    expect(errorOf(() => marshall({ a: Number.NEGATIVE_INFINITY })).code).toBe('INVALID_NUMBER')
  })

  it('rejects numbers outside DynamoDB range', () => {
    expect(errorOf(() => marshall({ a: 1e-200 })).code).toBe('INVALID_NUMBER')
    expect(errorOf(() => marshall({ a: 1e200 }, { allowImpreciseNumbers: true })).code).toBe('INVALID_NUMBER')
    expect(errorOf(() => marshall({ a: 10n ** 40n + 1n })).code).toBe('INVALID_NUMBER')
  })

  it('refuses unsafe integers unless allowed', () => {
    const error = errorOf(() => marshall({ id: 2 ** 53 + 2 }))
    expect(error.code).toBe('IMPRECISE_NUMBER')
    expect(error.path).toBe('id')
    expect(marshall({ id: 2 ** 53 + 2 }, { allowImpreciseNumbers: true })).toEqual({
      id: { N: '9007199254740994' },
    })
    expect(marshall({ id: Number.MAX_SAFE_INTEGER })).toEqual({ id: { N: '9007199254740991' } })
  })

  it('rejects sets mixing types', () => {
    const error = errorOf(() => marshall({ tags: new Set<unknown>(['a', 1]) as Set<string> }))
    expect(error.code).toBe('MIXED_SET')
    expect(error.path).toBe('tags')
  })

  it('rejects sets of unsupported elements', () => {
    expect(errorOf(() => marshall({ s: new Set([{}]) as unknown as Set<string> })).code).toBe(
      'UNSUPPORTED_SET_ELEMENT',
    )
    expect(errorOf(() => marshall({ s: new Set([true]) as unknown as Set<string> })).code).toBe(
      'UNSUPPORTED_SET_ELEMENT',
    )
  })

  it('rejects functions and symbols with the path', () => {
    const fn = errorOf(() => marshall({ a: { b: () => 1 } }))
    expect(fn.code).toBe('UNSUPPORTED_TYPE')
    expect(fn.path).toBe('a.b')
    expect(errorOf(() => marshall({ s: Symbol('x') })).code).toBe('UNSUPPORTED_TYPE')
  })

  it('rejects undefined unless removeUndefinedValues', () => {
    expect(errorOf(() => marshall({ a: undefined })).code).toBe('UNDEFINED_VALUE')
    expect(errorOf(() => marshall({ l: [1, undefined] })).path).toBe('l[1]')
    expect(
      marshall(
        { a: undefined, b: 1, l: [undefined, 2], m: { x: undefined } },
        { removeUndefinedValues: true },
      ),
    ).toEqual({
      b: { N: '1' },
      l: { L: [{ N: '2' }] },
      m: { M: {} },
    })
  })

  it('rejects class instances unless convertClassInstanceToMap', () => {
    class Point {
      constructor(
        readonly x: number,
        readonly y: number,
      ) {}
      norm() {
        return Math.hypot(this.x, this.y)
      }
      onClick = () => this.x
    }
    const error = errorOf(() => marshall({ p: new Point(1, 2) }))
    expect(error.code).toBe('CLASS_INSTANCE')
    expect(error.path).toBe('p')
    expect(marshall({ p: new Point(1, 2) }, { convertClassInstanceToMap: true })).toEqual({
      p: { M: { x: { N: '1' }, y: { N: '2' } } },
    })
    expect(marshall(new Point(3, 4), { convertClassInstanceToMap: true })).toEqual({
      x: { N: '3' },
      y: { N: '4' },
    })
  })

  it('converts empty values to NULL only when asked', () => {
    expect(marshall({ s: '', b: new Uint8Array(0) })).toEqual({ s: { S: '' }, b: { B: '' } })
    expect(marshall({ s: '', b: new Uint8Array(0), set: new Set() }, { convertEmptyValues: true })).toEqual({
      s: { NULL: true },
      b: { NULL: true },
      set: { NULL: true },
    })
  })

  it('accepts 31 nested containers in an attribute (32 levels with the item) and rejects 32', () => {
    const nest = (levels: number): unknown => {
      let value: unknown = 'leaf'
      for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { k: value }
      return value
    }
    expect(() => marshall({ a: nest(31) })).not.toThrow()
    const error = errorOf(() => marshall({ a: nest(32) }))
    expect(error.code).toBe('TOO_DEEP')
    expect(error.path.startsWith('a')).toBe(true)
  })

  it('rejects non-object items', () => {
    expect(errorOf(() => marshall([] as unknown as object)).code).toBe('UNSUPPORTED_TYPE')
    expect(errorOf(() => marshall(null as unknown as object)).code).toBe('UNSUPPORTED_TYPE')
  })

  it('converts single values with toAttributeValue', () => {
    expect(toAttributeValue('x')).toEqual({ S: 'x' })
    expect(toAttributeValue(new String('boxed'))).toEqual({ S: 'boxed' })
    expect(toAttributeValue([1])).toEqual({ L: [{ N: '1' }] })
  })

  it('accepts other typed arrays as binary', () => {
    const view = new Uint16Array([1, 2])
    expect(toAttributeValue(view)).toEqual({ B: Buffer.from(view.buffer).toString('base64') })
  })
})
