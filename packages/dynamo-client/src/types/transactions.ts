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
    ProjectionExpression?: string
    ExpressionAttributeNames?: ExpressionAttributeNames
  }
}

export interface TransactGetItemsInput {
  TransactItems: TransactGetItem[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

export interface TransactGetItemsOutput {
  Responses?: { Item?: AttributeMap }[]
  ConsumedCapacity?: ConsumedCapacity[]
}

interface TransactWriteCommon {
  TableName: string
  ConditionExpression?: string
  ExpressionAttributeNames?: ExpressionAttributeNames
  ExpressionAttributeValues?: ExpressionAttributeValues
  ReturnValuesOnConditionCheckFailure?: ReturnValuesOnConditionCheckFailure
}

export type TransactWriteItem =
  | { ConditionCheck: TransactWriteCommon & { Key: Key; ConditionExpression: string } }
  | { Put: TransactWriteCommon & { Item: AttributeMap } }
  | { Delete: TransactWriteCommon & { Key: Key } }
  | { Update: TransactWriteCommon & { Key: Key; UpdateExpression: string } }

export interface TransactWriteItemsInput {
  TransactItems: TransactWriteItem[]
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics
  /** Filled in by the client when absent, so retries of the same call are idempotent. */
  ClientRequestToken?: string
}

export interface TransactWriteItemsOutput {
  ConsumedCapacity?: ConsumedCapacity[]
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]>
}

/** One entry of `CancellationReasons` in a TransactionCanceledException. */
export interface CancellationReason {
  Code?: string
  Message?: string
  Item?: AttributeMap
}
