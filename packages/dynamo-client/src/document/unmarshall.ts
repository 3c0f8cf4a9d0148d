import type { AttributeMap, AttributeValue } from './attribute-value'
import { fromBase64 } from './binary'
import { MarshallError } from './errors'
import { defineOwn } from './marshall'
import { canonicalDecimal, NumberValue } from './number-value'
import type { UnmarshallOptions, WrapNumbers } from './options'

const NO_OPTIONS: UnmarshallOptions = {}

/**
 * Converts a wire map (item, key) into a plain JS object. Numbers never lose precision silently.
 *
 * @example
 * ```ts
 * const user = unmarshall<{ pk: string; age: number }>({ pk: { S: 'USER#1' }, age: { N: '36' } })
 * ```
 */
export function unmarshall<T = Record<string, unknown>>(
  map: AttributeMap,
  options: UnmarshallOptions = NO_OPTIONS,
): T {
  return convertMap(map, options.wrapNumbers ?? false) as T
}

/**
 * Converts one AttributeValue into a plain JS value.
 *
 * @example
 * ```ts
 * fromAttributeValue({ L: [{ N: '1' }, { S: 'two' }] }) // [1, 'two']
 * ```
 */
export function fromAttributeValue(value: AttributeValue, options: UnmarshallOptions = NO_OPTIONS): unknown {
  return convert(value, options.wrapNumbers ?? false)
}

function convert(value: AttributeValue, wrap: WrapNumbers): unknown {
  const av = value as Record<string, unknown>
  // Most attributes are strings or numbers: test those first instead of iterating the object's keys.
  if (av.S !== undefined) return av.S
  if (av.N !== undefined) return numberFrom(av.N as string, wrap)
  if (av.BOOL !== undefined) return av.BOOL
  if (av.M !== undefined) return convertMap(av.M as AttributeMap, wrap)
  if (av.L !== undefined) return convertList(av.L as AttributeValue[], wrap)
  if (av.NULL !== undefined) return null
  if (av.B !== undefined) return binaryFrom(av.B as string | Uint8Array)
  if (av.SS !== undefined) return new Set(av.SS as string[])
  if (av.NS !== undefined) return numberSet(av.NS as string[], wrap)
  if (av.BS !== undefined) return new Set((av.BS as (string | Uint8Array)[]).map(binaryFrom))
  throw new MarshallError('INVALID_ATTRIBUTE_VALUE', `not an AttributeValue: ${JSON.stringify(value)}`, {
    hint: 'Expected one of S, N, B, BOOL, NULL, M, L, SS, NS, BS.',
  })
}

function convertMap(map: AttributeMap, wrap: WrapNumbers): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  let key = ''
  try {
    for (key in map) {
      if (key === '__proto__') defineOwn(out, key, convert(map[key]!, wrap))
      else out[key] = convert(map[key]!, wrap)
    }
  } catch (error) {
    throw error instanceof MarshallError ? error.prependSegment(key) : error
  }
  return out
}

function convertList(items: readonly AttributeValue[], wrap: WrapNumbers): unknown[] {
  const out = new Array<unknown>(items.length)
  let index = 0
  try {
    for (; index < items.length; index++) out[index] = convert(items[index]!, wrap)
  } catch (error) {
    throw error instanceof MarshallError ? error.prependSegment(index) : error
  }
  return out
}

function numberSet(items: readonly string[], wrap: WrapNumbers): Set<unknown> {
  const out = new Set<unknown>()
  for (const item of items) out.add(numberFrom(item, wrap))
  return out
}

function binaryFrom(value: string | Uint8Array): Uint8Array {
  return typeof value === 'string' ? fromBase64(value) : value
}

/**
 * A decimal string with at most 15 significant digits always survives string → double → string, so the
 * common case needs no further check; longer strings are compared digit by digit. Integers beyond
 * ±2^53 become bigint (or NumberValue), never a rounded number.
 */
export function numberFrom(text: string, wrap: WrapNumbers): unknown {
  if (wrap === true) return new NumberValue(text)
  if (typeof wrap === 'function') return wrap(text)
  const value = Number(text)
  // Integers beyond ±2^53 never come back as numbers: marshall() would refuse to write them again.
  const representable = Number.isSafeInteger(value) || !Number.isInteger(value)
  if (representable && (text.length <= 15 || isExact(text, value))) return value
  const decimal = canonicalDecimal(text)
  if (wrap === false && decimal.exponent >= decimal.digits.length) {
    const big = BigInt(decimal.digits + '0'.repeat(decimal.exponent - decimal.digits.length))
    return decimal.negative ? -big : big
  }
  return new NumberValue(text)
}

function isExact(text: string, value: number): boolean {
  if (!Number.isFinite(value)) return false
  const expected = canonicalDecimal(text)
  const actual = canonicalDecimal(String(value))
  return expected.digits === actual.digits && expected.exponent === actual.exponent
}
