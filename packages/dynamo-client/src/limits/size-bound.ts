import type { AttributeMap, AttributeValue } from '../document/attribute-value'

/** A UTF-16 code unit never takes more than 3 UTF-8 bytes (a surrogate pair: 4 bytes for 2 units). */
const MAX_BYTES_PER_UNIT = 3
/** DynamoDB stores a number in at most 21 bytes, whatever its text. */
const MAX_NUMBER_SIZE = 21
const DOCUMENT_OVERHEAD = 3
const ELEMENT_OVERHEAD = 1

/**
 * An upper bound of `itemSize(item)` that reads only string lengths: no UTF-8 scan, no number parsing.
 * Nearly every item is far below 400 KB, so a bound under the limit settles the check in a fraction of
 * the exact measurement's time; only items near the limit are measured exactly.
 */
export function itemSizeBound(item: AttributeMap): number {
  let size = 0
  for (const name in item) size += name.length * MAX_BYTES_PER_UNIT + valueSizeBound(item[name]!)
  return size
}

/** An upper bound of `attributeValueSize(value)`. */
export function valueSizeBound(value: AttributeValue): number {
  const av = value as Record<string, unknown>
  if (av.S !== undefined) return (av.S as string).length * MAX_BYTES_PER_UNIT
  if (av.N !== undefined) return MAX_NUMBER_SIZE
  if (av.BOOL !== undefined || av.NULL !== undefined) return 1
  if (av.B !== undefined) return binaryBound(av.B)
  if (av.M !== undefined) {
    const map = av.M as AttributeMap
    let size = DOCUMENT_OVERHEAD
    for (const name in map)
      size += name.length * MAX_BYTES_PER_UNIT + valueSizeBound(map[name]!) + ELEMENT_OVERHEAD
    return size
  }
  if (av.L !== undefined) {
    let size = DOCUMENT_OVERHEAD
    for (const element of av.L as AttributeValue[]) size += valueSizeBound(element) + ELEMENT_OVERHEAD
    return size
  }
  if (av.SS !== undefined) return sumBound(av.SS as string[], (text) => text.length * MAX_BYTES_PER_UNIT)
  if (av.NS !== undefined) return (av.NS as string[]).length * MAX_NUMBER_SIZE
  if (av.BS !== undefined) return sumBound(av.BS as unknown[], binaryBound)
  return 0
}

/** Base64 text decodes to fewer bytes than it has characters; raw bytes are what they are. */
function binaryBound(value: unknown): number {
  if (typeof value === 'string') return value.length
  return (value as { byteLength?: number }).byteLength ?? Number.POSITIVE_INFINITY
}

function sumBound<T>(values: readonly T[], bound: (value: T) => number): number {
  let total = 0
  for (const value of values) total += bound(value)
  return total
}
