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
  ConsistentRead?: boolean
  ProjectionExpression?: string
  ExpressionAttributeNames?: ExpressionAttributeNames
  AttributesToGet?: string[]
}

export interface BatchGetItemInput {
  RequestItems: Record<string, KeysAndAttributes>
  ReturnConsumedCapacity?: ReturnConsumedCapacity
}

export interface BatchGetItemOutput {
  Responses?: Record<string, AttributeMap[]>
  UnprocessedKeys?: Record<string, KeysAndAttributes>
  ConsumedCapacity?: ConsumedCapacity[]
}

export type WriteRequest = { PutRequest: { Item: AttributeMap } } | { DeleteRequest: { Key: Key } }

export interface BatchWriteItemInput {
  RequestItems: Record<string, WriteRequest[]>
  ReturnConsumedCapacity?: ReturnConsumedCapacity
  ReturnItemCollectionMetrics?: ReturnItemCollectionMetrics
}

export interface BatchWriteItemOutput {
  UnprocessedItems?: Record<string, WriteRequest[]>
  ItemCollectionMetrics?: Record<string, ItemCollectionMetrics[]>
  ConsumedCapacity?: ConsumedCapacity[]
}
