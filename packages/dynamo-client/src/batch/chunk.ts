import type { KeysAndAttributes, WriteRequest } from '../types/batch'
import type { Key } from '../types/common'

/**
 * DynamoDB's per-request limits.
 *
 * @example
 * ```ts
 * const requests = Math.ceil(keys.length / MAX_BATCH_GET_KEYS)
 * ```
 */
export const MAX_BATCH_GET_KEYS = 100
/**
 * The most writes one BatchWriteItem request takes (25).
 *
 * @example
 * ```ts
 * const requests = Math.ceil(writes.length / MAX_BATCH_WRITE_REQUESTS)
 * ```
 */
export const MAX_BATCH_WRITE_REQUESTS = 25

export type GetRequestItems = Record<string, KeysAndAttributes>
export type WriteRequestItems = Record<string, WriteRequest[]>

/**
 * Splits BatchGetItem request items into requests of at most `size` keys, across tables, keeping each
 * table's options (projection, consistency). Duplicate keys are dropped: DynamoDB rejects a batch that
 * repeats a key, and reading an item twice in one call gives nothing new.
 *
 * @example
 * ```ts
 * const chunks = chunkGetRequests({ app: { Keys: keys } }) // 250 keys: 3 requests of at most 100
 * ```
 */
export function chunkGetRequests(items: GetRequestItems, size = MAX_BATCH_GET_KEYS): GetRequestItems[] {
  const chunks: GetRequestItems[] = []
  let current: GetRequestItems = {}
  let count = 0
  for (const [table, spec] of Object.entries(items)) {
    const seen = new Set<string>()
    for (const key of spec.Keys) {
      const id = keyId(key)
      if (seen.has(id)) continue
      seen.add(id)
      if (count === size) {
        chunks.push(current)
        current = {}
        count = 0
      }
      const slot = current[table] ?? { ...spec, Keys: [] }
      slot.Keys.push(key)
      current[table] = slot
      count += 1
    }
  }
  if (count > 0) chunks.push(current)
  return chunks
}

/**
 * Splits BatchWriteItem request items into requests of at most `size` writes, in order.
 *
 * @example
 * ```ts
 * const chunks = chunkWriteRequests({ app: writes }) // 60 writes: requests of 25, 25 and 10
 * ```
 */
export function chunkWriteRequests(
  items: WriteRequestItems,
  size = MAX_BATCH_WRITE_REQUESTS,
): WriteRequestItems[] {
  const chunks: WriteRequestItems[] = []
  let current: WriteRequestItems = {}
  let count = 0
  for (const [table, requests] of Object.entries(items)) {
    for (const request of requests) {
      if (count === size) {
        chunks.push(current)
        current = {}
        count = 0
      }
      const slot = current[table] ?? []
      slot.push(request)
      current[table] = slot
      count += 1
    }
  }
  if (count > 0) chunks.push(current)
  return chunks
}

/** Order-independent identity of a key (attribute order in the object does not matter). */
export function keyId(key: Key): string {
  const names = Object.keys(key).sort()
  let id = ''
  for (const name of names) id += `${name}\u0000${JSON.stringify(key[name])}\u0001`
  return id
}

export function countKeys(items: GetRequestItems): number {
  let total = 0
  for (const spec of Object.values(items)) total += spec.Keys.length
  return total
}

export function countWrites(items: WriteRequestItems): number {
  let total = 0
  for (const requests of Object.values(items)) total += requests.length
  return total
}

export function mergeInto<T>(target: Record<string, T[]>, source: Record<string, T[]>): void {
  for (const [table, entries] of Object.entries(source)) {
    const slot = target[table] ?? []
    slot.push(...entries)
    target[table] = slot
  }
}
