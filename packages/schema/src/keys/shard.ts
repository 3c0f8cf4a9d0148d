import type { ShardDesign } from '../design/types'

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/**
 * FNV-1a (32-bit) of the UTF-8 bytes of `text`. Chosen because it is tiny, has no dependency, and any
 * language can reproduce it: a backfill written in Python must put an item in the same shard as the ORM.
 *
 * @example
 * ```ts
 * fnv1a32('USER#u1') % 4 // the shard of u1 among 4
 * ```
 */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET
  // ASCII text (the usual id) is hashed without encoding it first.
  const bytes = /[^\p{ASCII}]/u.test(text) ? new TextEncoder().encode(text) : null
  const length = bytes ? bytes.length : text.length
  for (let index = 0; index < length; index++) {
    hash ^= bytes ? bytes[index]! : text.charCodeAt(index)
    hash = Math.imul(hash, FNV_PRIME) >>> 0
  }
  return hash
}

/**
 * The shard an item lands in: `fnv1a32(primary-key values joined by the delimiter) % count`.
 *
 * @example
 * ```ts
 * const shard = shardOf({ count: 4, hash: 'fnv1a32', fields: ['id'] }, { id: 'o1' }, '#') // a number in [0, 4)
 * ```
 */
export function shardOf(
  shards: ShardDesign,
  values: Readonly<Record<string, unknown>>,
  delimiter: string,
): number {
  if (shards.count <= 1) return 0
  let text = ''
  for (let index = 0; index < shards.fields.length; index++) {
    if (index > 0) text += delimiter
    text += String(values[shards.fields[index]!])
  }
  return fnv1a32(text) % shards.count
}

/**
 * The stored partition value of shard `n`: `TASK` + `#` + `3`.
 *
 * @example
 * ```ts
 * shardPartition('ORDERS', 3, '#') // 'ORDERS#3'
 * ```
 */
export function shardPartition(base: string, shard: number, delimiter: string): string {
  return `${base}${delimiter}${shard}`
}
