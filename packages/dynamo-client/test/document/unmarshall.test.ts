import { describe, expect, it } from 'vitest'
import { fromAttributeValue, MarshallError, NumberValue, unmarshall } from '../../src/document/index'

describe('unmarshall', () => {
  it('converts every wire type to plain JS', () => {
    const item = unmarshall({
      s: { S: 'x' },
      n: { N: '42' },
      f: { N: '-0.5' },
      b: { B: 'AAH/' },
      t: { BOOL: true },
      z: { NULL: true },
      l: { L: [{ S: 'a' }, { N: '1' }] },
      m: { M: { k: { S: 'v' } } },
      ss: { SS: ['a', 'b'] },
      ns: { NS: ['1', '2.5'] },
      bs: { BS: ['AQ=='] },
    })
    expect(item).toEqual({
      s: 'x',
      n: 42,
      f: -0.5,
      b: new Uint8Array([0, 1, 255]),
      t: true,
      z: null,
      l: ['a', 1],
      m: { k: 'v' },
      ss: new Set(['a', 'b']),
      ns: new Set([1, 2.5]),
      bs: new Set([new Uint8Array([1])]),
    })
  })

  it('returns bigint for integers beyond 2^53 instead of rounding', () => {
    expect(fromAttributeValue({ N: '12345678901234567890' })).toBe(12345678901234567890n)
    expect(fromAttributeValue({ N: '-9007199254740993' })).toBe(-9007199254740993n)
    expect(fromAttributeValue({ N: '1E+30' })).toBe(10n ** 30n)
  })

  it('keeps safe large integers as numbers', () => {
    expect(fromAttributeValue({ N: '9007199254740991' })).toBe(9007199254740991)
    expect(fromAttributeValue({ N: '1000000000000000000000' })).toBe(10n ** 21n)
    expect(fromAttributeValue({ N: '12345678901234567.5' })).toEqual(new NumberValue('12345678901234567.5'))
  })

  it('returns NumberValue for decimals a number cannot hold', () => {
    const value = fromAttributeValue({ N: '0.1234567890123456789' })
    expect(value).toBeInstanceOf(NumberValue)
    expect(String(value)).toBe('0.1234567890123456789')
    expect(fromAttributeValue({ N: '0.30000000000000004' })).toBe(0.30000000000000004)
  })

  it('honours wrapNumbers modes', () => {
    expect(fromAttributeValue({ N: '1' }, { wrapNumbers: true })).toEqual(new NumberValue('1'))
    expect(fromAttributeValue({ N: '12345678901234567890' }, { wrapNumbers: 'imprecise' })).toEqual(
      new NumberValue('12345678901234567890'),
    )
    expect(fromAttributeValue({ N: '7' }, { wrapNumbers: 'imprecise' })).toBe(7)
    expect(fromAttributeValue({ N: '7' }, { wrapNumbers: (text) => `n:${text}` })).toBe('n:7')
  })

  it('reports malformed attribute values with their path', () => {
    try {
      unmarshall({ a: { M: { b: {} as never } } })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(MarshallError)
      expect((error as MarshallError).code).toBe('INVALID_ATTRIBUTE_VALUE')
      expect((error as MarshallError).path).toBe('a.b')
    }
  })

  it('accepts Uint8Array binaries from other libraries', () => {
    expect(fromAttributeValue({ B: new Uint8Array([7]) })).toEqual(new Uint8Array([7]))
  })
})

describe('NumberValue', () => {
  it('validates DynamoDB numbers', () => {
    expect(() => new NumberValue('abc')).toThrow(MarshallError)
    expect(() => new NumberValue('1'.repeat(39))).toThrow(/38/)
    expect(() => new NumberValue('1E+126')).toThrow(/range/)
    expect(() => new NumberValue('1E-131')).toThrow(/range/)
    expect(new NumberValue('1E-130').value).toBe('1E-130')
    expect(() => new NumberValue(2 ** 60)).toThrow(/rounded/)
  })

  it('converts to bigint exactly', () => {
    expect(new NumberValue('123456789012345678901234567890').toBigInt()).toBe(123456789012345678901234567890n)
    expect(new NumberValue('1.5E+3').toBigInt()).toBe(1500n)
    expect(() => new NumberValue('1.5').toBigInt()).toThrow(MarshallError)
  })
})
