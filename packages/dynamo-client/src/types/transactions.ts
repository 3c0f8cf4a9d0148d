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

export interface TransactGetItem {
  Get: {
    TableName: string
    Key: Key
    ProjectionExpression?: string | undefined
    ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  }
}

export interface TransactGetItemsInput {
  TransactItems: TransactGetItem[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

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

export type TransactWriteItem =
  | { ConditionCheck: TransactWriteCommon & { Key: Key; ConditionExpression: string } }
  | { Put: TransactWriteCommon & { Item: AttributeMap } }
  | { Delete: TransactWriteCommon & { Key: Key } }
  | { Update: TransactWriteCommon & { Key: Key; UpdateExpression: string } }

export interface TransactWriteItemsInput {
  TransactItems: TransactWriteItem[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined
  /** Filled in by the client when absent, so retries of the same call are idempotent. */
  ClientRequestToken?: string | undefined
}

export interface TransactWriteItemsOutput {
  ConsumedCapacity?: ConsumedCapacity[] | undefined
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]> | undefined
}

/** One entry of `CancellationReasons` in a TransactionCanceledException. */
export interface CancellationReason {
  Code?: string | undefined
  Message?: string | undefined
  Item?: AttributeMap | undefined
}
