import type {
  AttributeMap,
  ConsumedCapacity,
  ExpressionAttributeNames,
  ItemCollectionMetrics,
  Key,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
} from './common'

/**
 * The keys to read from one table in a BatchGetItem, with the projection and consistency for that table.
 *
 * @example
 * ```ts
 * const request: KeysAndAttributes = { Keys: [{ pk: { S: 'USER#1' }, sk: { S: 'USER#1' } }], ConsistentRead: true }
 * await client.batchGetItem({ RequestItems: { app: request } })
 * ```
 */
export interface KeysAndAttributes {
  Keys: Key[]
  ConsistentRead?: boolean | undefined
  ProjectionExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  AttributesToGet?: string[] | undefined
}

/**
 * The input of BatchGetItem: up to 100 keys across tables (use `batchGetAll` for more).
 *
 * @example
 * ```ts
 * const input: BatchGetItemInput = { RequestItems: { app: { Keys: keys } } }
 * const { Responses, UnprocessedKeys } = await client.batchGetItem(input)
 * ```
 */
export interface BatchGetItemInput {
  RequestItems: Record<string, KeysAndAttributes>
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

/**
 * The output of BatchGetItem: items per table, and the keys DynamoDB did not process this time.
 *
 * @example
 * ```ts
 * const output: BatchGetItemOutput = await client.batchGetItem({ RequestItems: { app: { Keys: keys } } })
 * console.log(output.Responses?.app?.length, output.UnprocessedKeys)
 * ```
 */
export interface BatchGetItemOutput {
  Responses?: Record<string, AttributeMap[]> | undefined
  UnprocessedKeys?: Record<string, KeysAndAttributes> | undefined
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}

/**
 * One write of a BatchWriteItem: a put of an item or a delete by key.
 *
 * @example
 * ```ts
 * const writes: WriteRequest[] = [
 *   { PutRequest: { Item: { pk: { S: 'A' }, sk: { S: 'A' } } } },
 *   { DeleteRequest: { Key: { pk: { S: 'B' }, sk: { S: 'B' } } } },
 * ]
 * await client.batchWriteItem({ RequestItems: { app: writes } })
 * ```
 */
export type WriteRequest = { PutRequest: { Item: AttributeMap } } | { DeleteRequest: { Key: Key } }

/**
 * The input of BatchWriteItem: up to 25 writes across tables (use `batchWriteAll` for more).
 *
 * @example
 * ```ts
 * const input: BatchWriteItemInput = { RequestItems: { app: writes } }
 * const { UnprocessedItems } = await client.batchWriteItem(input)
 * ```
 */
export interface BatchWriteItemInput {
  RequestItems: Record<string, WriteRequest[]>
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined
}

/**
 * The output of BatchWriteItem: the writes DynamoDB did not process this time.
 *
 * @example
 * ```ts
 * const output: BatchWriteItemOutput = await client.batchWriteItem({ RequestItems: { app: writes } })
 * console.log(output.UnprocessedItems)
 * ```
 */
export interface BatchWriteItemOutput {
  UnprocessedItems?: Record<string, WriteRequest[]> | undefined
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]> | undefined
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}
