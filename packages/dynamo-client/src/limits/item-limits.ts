import type { AttributeMap, AttributeValue } from '../document/attribute-value'
import { DYNAMODB_LIMITS } from './constants'
import { LimitError } from './errors'
import { attributeValueSize, itemSize } from './item-size'
import { itemSizeBound } from './size-bound'

/**
 * What a limit error names: text, or a function making it, so callers checking many items (a batch) only
 * build the text for the one that fails.
 *
 * @example
 * ```ts
 * // The text is only built when the item is too large.
 * items.forEach((item, i) => assertItemSize(item, () => `import row ${i + 1}`))
 * ```
 */
export type LimitSubject = string | (() => string)

const subjectText = (subject: LimitSubject) => (typeof subject === 'function' ? subject() : subject)

/**
 * Throws ITEM_TOO_LARGE when the item exceeds 400 KB, naming its largest attributes. Returns the size, or
 * an upper bound of it when the cheap bound already shows the item fits (callers only compare it to limits).
 *
 * @example
 * ```ts
 * const size = assertItemSize({ pk: { S: 'user#1' }, name: { S: 'Ada' } }, 'user#1') // throws ITEM_TOO_LARGE above 400 KB
 * ```
 */
export function assertItemSize(item: AttributeMap, subject: LimitSubject = 'item'): number {
  const bound = itemSizeBound(item)
  if (bound <= DYNAMODB_LIMITS.itemSize) return bound
  const size = itemSize(item)
  if (size > DYNAMODB_LIMITS.itemSize) {
    throw new LimitError('ITEM_TOO_LARGE', {
      subject: subjectText(subject),
      measured: size,
      limit: DYNAMODB_LIMITS.itemSize,
      unit: 'bytes',
      hint: `Largest attributes: ${largestAttributes(item)}. Move large blobs to S3 and store their keys, or split the item into several items of one item collection.`,
    })
  }
  return size
}

function largestAttributes(item: AttributeMap): string {
  return Object.entries(item)
    .map(([name, value]) => [name, attributeValueSize(value)] as const)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([name, size]) => `${name} (${size} bytes)`)
    .join(', ')
}

/**
 * The names of a table's key attributes, so assertKeySize holds each to its own limit (2048 bytes for the partition key, 1024 for the sort key).
 *
 * @example
 * ```ts
 * const names: KeyAttributeNames = { partitionKey: 'pk', sortKey: 'sk' }
 * assertKeySize({ pk: { S: 'user#1' }, sk: { S: 'profile' } }, names)
 * ```
 */
export interface KeyAttributeNames {
  readonly partitionKey: string
  readonly sortKey?: string
}

/**
 * Checks key value sizes: partition key 1..2048 bytes, sort key 1..1024 bytes. Without `names`, every key
 * attribute is held to the partition-key limit, since the sort key cannot be told apart.
 *
 * @example
 * ```ts
 * // Throws a LimitError: `EMPTY_KEY_VALUE`, `PARTITION_KEY_TOO_LARGE` or `SORT_KEY_TOO_LARGE`.
 * assertKeySize({ pk: { S: 'user#1' }, sk: { S: '' } }, { partitionKey: 'pk', sortKey: 'sk' }) // throws EMPTY_KEY_VALUE
 * ```
 */
export function assertKeySize(
  key: AttributeMap,
  names?: KeyAttributeNames,
  subject: LimitSubject = 'key',
): void {
  for (const name in key) {
    const isSort = names?.sortKey === name
    const limit = isSort ? DYNAMODB_LIMITS.sortKeySize : DYNAMODB_LIMITS.partitionKeySize
    const size = keyValueSize(key[name]!)
    if (size === 0) {
      throw new LimitError('EMPTY_KEY_VALUE', {
        subject: `${subjectText(subject)} attribute "${name}"`,
        measured: 0,
        limit: 1,
        unit: 'bytes',
        hint: 'Key strings and binaries must be at least 1 byte long; check that the key value was set.',
      })
    }
    if (size > limit) {
      throw new LimitError(isSort ? 'SORT_KEY_TOO_LARGE' : 'PARTITION_KEY_TOO_LARGE', {
        subject: `${subjectText(subject)} attribute "${name}"`,
        measured: size,
        limit,
        unit: 'bytes',
        hint: 'Keep keys short: hash long natural values (e.g. SHA-256) into the key and store the full value as a normal attribute.',
      })
    }
  }
}

function keyValueSize(value: AttributeValue): number {
  return attributeValueSize(value)
}
