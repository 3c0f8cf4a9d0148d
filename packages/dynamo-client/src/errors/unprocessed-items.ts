import type { KeysAndAttributes, WriteRequest } from '../types/batch'
import type { AttributeMap } from '../types/common'
import { DynamoDBError } from './dynamodb-error'

interface Init {
  operation: 'BatchWriteItem' | 'BatchGetItem'
  attempts: number
  unprocessedItems?: Record<string, WriteRequest[]>
  unprocessedKeys?: Record<string, KeysAndAttributes>
  responses?: Record<string, AttributeMap[]>
}

function countOf(map: Record<string, { length: number } | { Keys: unknown[] }>): number {
  let total = 0
  for (const entry of Object.values(map)) total += 'Keys' in entry ? entry.Keys.length : entry.length
  return total
}

/**
 * A batch kept coming back with unprocessed entries after every retry. It carries exactly the entries
 * that were NOT processed (in request shape, ready to resubmit) and, for reads, what was read.
 *
 * @example
 * ```ts
 * try {
 *   await client.batchWriteAll({ RequestItems: { app: writes } })
 * } catch (error) {
 *   if (error instanceof DynamoDBError && error.code === 'UnprocessedItemsError') console.error(error.hint)
 *   else throw error
 * }
 * ```
 */
export class UnprocessedItemsError extends DynamoDBError {
  declare readonly code: 'UnprocessedItemsError'
  /** For BatchWriteItem: the write requests not applied, by table. */
  readonly unprocessedItems: Record<string, WriteRequest[]>
  /** For BatchGetItem: the keys not read, by table. */
  readonly unprocessedKeys: Record<string, KeysAndAttributes>
  /** For BatchGetItem: the items that were read before giving up. */
  readonly responses: Record<string, AttributeMap[]>
  readonly attempts: number

  constructor(init: Init) {
    const unprocessedItems = init.unprocessedItems ?? {}
    const unprocessedKeys = init.unprocessedKeys ?? {}
    const count = countOf(init.operation === 'BatchWriteItem' ? unprocessedItems : unprocessedKeys)
    super({
      code: 'UnprocessedItemsError',
      operation: init.operation,
      message: `${count} ${init.operation === 'BatchWriteItem' ? 'write requests' : 'keys'} remained unprocessed after ${init.attempts} attempts`,
      retryable: true,
      hint: 'The table is throttling. Resubmit error.unprocessedItems / error.unprocessedKeys later, raise capacity, or pass a larger maxAttempts.',
    })
    this.unprocessedItems = unprocessedItems
    this.unprocessedKeys = unprocessedKeys
    this.responses = init.responses ?? {}
    this.attempts = init.attempts
  }

  get count(): number {
    return countOf(this.operation === 'BatchWriteItem' ? this.unprocessedItems : this.unprocessedKeys)
  }
}
