import type { AttributeMap, AttributeValue } from '@dbtooling/dynamo-client'
import { TransferError } from './transfer-error'

/**
 * Plain JSON for items, exact for every DynamoDB type. Strings, booleans, null, lists and maps are
 * themselves; a number is a JSON number when it survives the round trip through a double, else
 * `{"$N":"12345678901234567890123456789012345678"}`; binary is `{"$B":"<base64>"}`; sets are
 * `{"$SS":[...]}`, `{"$NS":[...]}` (number strings) and `{"$BS":[...]}` (base64). A map whose only key
 * starts with `$` is escaped as `{"$M":{...}}` so it is never read back as a tag.
 *
 * @example
 * ```ts
 * const value: TaggedValue = { price: 25, id: { $N: '12345678901234567890123456789012345678' }, tags: { $SS: ['a', 'b'] } }
 * ```
 */
export type TaggedValue = string | number | boolean | null | TaggedValue[] | { [key: string]: TaggedValue }

const base64 = (value: string | Uint8Array): string =>
  typeof value === 'string' ? value : Buffer.from(value).toString('base64')

export function toTagged(value: AttributeValue): TaggedValue {
  if ('S' in value) return value.S
  if ('N' in value) {
    const n = Number(value.N)
    return String(n) === value.N ? n : { $N: value.N }
  }
  if ('BOOL' in value) return value.BOOL
  if ('NULL' in value) return null
  if ('B' in value) return { $B: base64(value.B) }
  if ('L' in value) return value.L.map(toTagged)
  if ('M' in value) {
    const map = taggedMap(value.M)
    const keys = Object.keys(map)
    return keys.length === 1 && keys[0]?.startsWith('$') ? { $M: map } : map
  }
  if ('SS' in value) return { $SS: [...value.SS] }
  if ('NS' in value) return { $NS: [...value.NS] }
  return { $BS: value.BS.map(base64) }
}

/**
 * A wire item (DynamoDB attribute values) as tagged JSON, exact for every type: the form of an `ndjson` line.
 *
 * @example
 * ```ts
 * taggedMap({ pk: { S: 'USER#1' }, n: { N: '1' }, tags: { SS: ['a'] } })
 * // { pk: 'USER#1', n: 1, tags: { $SS: ['a'] } }
 * ```
 */
export function taggedMap(map: AttributeMap): { [key: string]: TaggedValue } {
  const out: { [key: string]: TaggedValue } = {}
  for (const key of Object.keys(map)) out[key] = toTagged(map[key] as AttributeValue)
  return out
}

export function fromTagged(value: TaggedValue, path = 'item'): AttributeValue {
  if (typeof value === 'string') return { S: value }
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw badValue(path, 'a finite number')
    return { N: String(value) }
  }
  if (typeof value === 'boolean') return { BOOL: value }
  if (value === null) return { NULL: true }
  if (Array.isArray(value)) return { L: value.map((v, i) => fromTagged(v, `${path}[${i}]`)) }
  const keys = Object.keys(value)
  if (keys.length === 1 && keys[0]?.startsWith('$'))
    return fromTag(keys[0], value[keys[0]] as TaggedValue, path)
  return { M: fromTaggedMap(value, path) }
}

/**
 * Tagged JSON back to a wire item, the inverse of `taggedMap`. Throws a `TransferError` naming the path of a
 * value that is not valid tagged JSON (an empty set, a non-finite number).
 *
 * @example
 * ```ts
 * fromTaggedMap({ pk: 'USER#1', n: 1, tags: { $SS: ['a'] } })
 * // { pk: { S: 'USER#1' }, n: { N: '1' }, tags: { SS: ['a'] } }
 * ```
 */
export function fromTaggedMap(map: { [key: string]: TaggedValue }, path = 'item'): AttributeMap {
  const out: AttributeMap = {}
  for (const key of Object.keys(map)) out[key] = fromTagged(map[key] as TaggedValue, `${path}.${key}`)
  return out
}

function fromTag(tag: string, inner: TaggedValue, path: string): AttributeValue {
  const strings = (what: string) => {
    if (!Array.isArray(inner) || inner.some((s) => typeof s !== 'string'))
      throw badValue(path, `${tag} with a list of ${what}`)
    if (inner.length === 0)
      throw badValue(path, `${tag} with at least one element (DynamoDB has no empty sets)`)
    return inner as string[]
  }
  switch (tag) {
    case '$N':
      if (typeof inner !== 'string' || !/^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(inner))
        throw badValue(path, '$N with a number string')
      return { N: inner }
    case '$B':
      if (typeof inner !== 'string') throw badValue(path, '$B with a base64 string')
      return { B: inner }
    case '$SS':
      return { SS: strings('strings') }
    case '$NS':
      return { NS: strings('number strings') }
    case '$BS':
      return { BS: strings('base64 strings') }
    case '$M':
      if (typeof inner !== 'object' || inner === null || Array.isArray(inner))
        throw badValue(path, '$M with an object')
      return { M: fromTaggedMap(inner, path) }
    default:
      throw badValue(path, `a known tag ($N, $B, $SS, $NS, $BS, $M), not ${tag}`)
  }
}

function badValue(path: string, expected: string): TransferError {
  return new TransferError(
    'BAD_LINE',
    `${path}: expected ${expected}`,
    'write the value as tagged JSON (see docs/data.md)',
  )
}
