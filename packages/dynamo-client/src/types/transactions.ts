import type {
  AttributeMap,
  ConsumedCapacity,
  ExpressionAttributeNames,
  ExpressionAttributeValues,
  ItemCollectionMetrics,
  Key,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
  ReturnValuesOnConditionCheckFailure,
} from './common'

/**
 * One read of TransactGetItems.
 *
 * @example
 * ```ts
 * const read: TransactGetItem = { Get: { TableName: 'app', Key: key } }
 * ```
 */
export interface TransactGetItem {
  Get: {
    TableName: string
    Key: Key
    ProjectionExpression?: string | undefined
    ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  }
}

/**
 * The input of TransactGetItems: up to 100 reads as one consistent snapshot.
 *
 * @example
 * ```ts
 * const input: TransactGetItemsInput = { TransactItems: [{ Get: { TableName: 'app', Key: key } }] }
 * const { Responses } = await client.transactGetItems(input)
 * ```
 */
export interface TransactGetItemsInput {
  TransactItems: TransactGetItem[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

/**
 * The output of TransactGetItems: one response per read, in order.
 *
 * @example
 * ```ts
 * const output: TransactGetItemsOutput = await client.transactGetItems({ TransactItems: reads })
 * console.log(output.Responses?.map((response) => response.Item))
 * ```
 */
export interface TransactGetItemsOutput {
  Responses?: { Item?: AttributeMap }[]
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}

interface TransactWriteCommon {
  TableName: string
  ConditionExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  ExpressionAttributeValues?: ExpressionAttributeValues | undefined
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure | undefined
}

/**
 * One action of TransactWriteItems: ConditionCheck, Put, Delete or Update.
 *
 * @example
 * ```ts
 * const action: TransactWriteItem = { Delete: { TableName: 'app', Key: key, ConditionExpression: 'attribute_exists(pk)' } }
 * ```
 */
export type TransactWriteItem =
  | { ConditionCheck: TransactWriteCommon & { Key: Key; ConditionExpression: string } }
  | { Put: TransactWriteCommon & { Item: AttributeMap } }
  | { Delete: TransactWriteCommon & { Key: Key } }
  | { Update: TransactWriteCommon & { Key: Key; UpdateExpression: string } }

/**
 * The input of TransactWriteItems: up to 100 actions applied all or none, with an idempotency token.
 *
 * @example
 * ```ts
 * const input: TransactWriteItemsInput = { TransactItems: [action], ClientRequestToken: 'order-1' }
 * await client.transactWriteItems(input)
 * ```
 */
export interface TransactWriteItemsInput {
  TransactItems: TransactWriteItem[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined
  /** Filled in by the client when absent, so retries of the same call are idempotent. */
  ClientRequestToken?: string | undefined
}

/**
 * The output of TransactWriteItems: consumed capacity and item collection metrics.
 *
 * @example
 * ```ts
 * const output: TransactWriteItemsOutput = await client.transactWriteItems({ TransactItems: actions, ReturnConsumedCapacity: 'TOTAL' })
 * ```
 */
export interface TransactWriteItemsOutput {
  ConsumedCapacity?: ConsumedCapacity[] | undefined
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]> | undefined
}

/**
 * One entry of `CancellationReasons` in a TransactionCanceledException.
 *
 * @example
 * ```ts
 * // The wire shape of one entry of `CancellationReasons`; TransactionCanceledError.reasons reads them.
 * const reason: CancellationReason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
 * ```
 */
export interface CancellationReason {
  Code?: string | undefined
  Message?: string | undefined
  Item?: AttributeMap | undefined
}
