import type {
  AttributeMap,
  ConsumedCapacity,
  ExpressionAttributeNames,
  ItemCollectionMetrics,
  Key,
  ReturnConsumedCapacity,
  ReturnItemCollectionMetrics,
} from './common'

export interface KeysAndAttributes {
  Keys: Key[]
  ConsistentRead?: boolean | undefined
  ProjectionExpression?: string | undefined
  ExpressionAttributeNames?: ExpressionAttributeNames | undefined
  AttributesToGet?: string[] | undefined
}

export interface BatchGetItemInput {
  RequestItems: Record<string, KeysAndAttributes>
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
}

export interface BatchGetItemOutput {
  Responses?: Record<string, AttributeMap[]> | undefined
  UnprocessedKeys?: Record<string, KeysAndAttributes> | undefined
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}

export type WriteRequest = { PutRequest: { Item: AttributeMap } } | { DeleteRequest: { Key: Key } }

export interface BatchWriteItemInput {
  RequestItems: Record<string, WriteRequest[]>
  ReturnConsumedCapacity?: ReturnConsumedCapacity | undefined
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics | undefined
}

export interface BatchWriteItemOutput {
  UnprocessedItems?: Record<string, WriteRequest[]> | undefined
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]> | undefined
  ConsumedCapacity?: ConsumedCapacity[] | undefined
}
