import type { AttributeMap, AttributeValue } from '../document/attribute-value'
import { canonicalDecimal } from '../document/number-value'
import { base64DecodedLength, utf8Length } from './utf8-length'

/** Every list or map costs 3 bytes, and each of its elements 1 more. */
const DOCUMENT_OVERHEAD = 3
const ELEMENT_OVERHEAD = 1

/**
 * Size of an item as DynamoDB counts it toward the 400 KB limit and capacity units: attribute names in
 * UTF-8 plus value sizes (CapacityUnitCalculations in the Developer Guide, with the number encoding
 * measured by Zac Charles' DynamoDB calculator).
 *
 * @example
 * ```ts
 * itemSize({ pk: { S: 'user#1' } }) // 8: "pk" (2 bytes) + "user#1" (6 bytes)
 * ```
 */
export function itemSize(item: AttributeMap): number {
  let size = 0
  for (const name in item) size += utf8Length(name) + attributeValueSize(item[name]!)
  return size
}

/**
 * Size of one value, without its attribute name.
 *
 * @example
 * ```ts
 * attributeValueSize({ S: 'héllo' }) // 6 bytes of UTF-8
 * attributeValueSize({ BOOL: true }) // 1
 * ```
 */
export function attributeValueSize(value: AttributeValue): number {
  const av = value as Record<string, unknown>
  if (av.S !== undefined) return utf8Length(av.S as string)
  if (av.N !== undefined) return numberSize(av.N as string)
  if (av.BOOL !== undefined || av.NULL !== undefined) return 1
  if (av.B !== undefined) return binarySize(av.B as string | Uint8Array)
  if (av.M !== undefined) {
    const map = av.M as AttributeMap
    let size = DOCUMENT_OVERHEAD
    for (const name in map) size += utf8Length(name) + attributeValueSize(map[name]!) + ELEMENT_OVERHEAD
    return size
  }
  if (av.L !== undefined) {
    let size = DOCUMENT_OVERHEAD
    for (const element of av.L as AttributeValue[]) size += attributeValueSize(element) + ELEMENT_OVERHEAD
    return size
  }
  if (av.SS !== undefined) return sum(av.SS as string[], utf8Length)
  if (av.NS !== undefined) return sum(av.NS as string[], numberSize)
  if (av.BS !== undefined) return sum(av.BS as (string | Uint8Array)[], binarySize)
  return 0
}

/**
 * Numbers are stored as a base-100 mantissa (two decimal digits per byte, aligned on the decimal point)
 * plus one exponent byte; negative numbers take one more byte; zero takes one byte.
 *
 * @example
 * ```ts
 * numberSize('0') // 1
 * numberSize('12345') // 4: three base-100 digits and the exponent byte
 * ```
 */
export function numberSize(text: string): number {
  const { negative, digits, exponent } = canonicalDecimal(text)
  if (digits === '') return 1
  // Decimal position of the first and last significant digits (10^p), grouped into base-100 pairs.
  const first = exponent - 1
  const last = exponent - digits.length
  const pairs = Math.floor(first / 2) - Math.floor(last / 2) + 1
  return Math.min(pairs + 1 + (negative ? 1 : 0), 21)
}

function binarySize(value: string | Uint8Array): number {
  return typeof value === 'string' ? base64DecodedLength(value) : value.byteLength
}

function sum<T>(items: readonly T[], size: (item: T) => number): number {
  let total = 0
  for (const item of items) total += size(item)
  return total
}
