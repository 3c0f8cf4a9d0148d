import type { AttributeMap, AttributeValue } from '../document/attribute-value'

export type { AttributeMap, AttributeValue }

/**
 * An item, key or `ExclusiveStartKey` in wire form.
 *
 * @example
 * ```ts
 * const key: Key = { pk: { S: 'USER#1' }, sk: { S: 'USER#1' } }
 * await client.deleteItem({ TableName: 'app', Key: key })
 * ```
 */
export type Key = AttributeMap

/**
 * Whether a call reports the capacity it consumed: per index, in total, or not.
 *
 * @example
 * ```ts
 * const level: ReturnConsumedCapacity = 'TOTAL'
 * const { ConsumedCapacity } = await client.getItem({ TableName: 'app', Key: key, ReturnConsumedCapacity: level })
 * ```
 */
export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE'
/**
 * Whether a write reports item collection metrics.
 *
 * @example
 * ```ts
 * const metrics: ReturnItemCollectionMetrics = 'SIZE'
 * await client.putItem({ TableName: 'app', Item: item, ReturnItemCollectionMetrics: metrics })
 * ```
 */
export type ReturnItemCollectionMetrics = 'SIZE' | 'NONE'
/**
 * Which attributes a write returns: none, the old or new item, or only the updated attributes.
 *
 * @example
 * ```ts
 * const returns: ReturnValue = 'ALL_NEW'
 * const { Attributes } = await client.updateItem({ TableName: 'app', Key: key, UpdateExpression: 'SET #n = :n', ExpressionAttributeNames: { '#n': 'name' }, ExpressionAttributeValues: { ':n': { S: 'Ada' } }, ReturnValues: returns })
 * ```
 */
export type ReturnValue = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW'
/**
 * Whether a failed condition returns the stored item (on `ConditionalCheckFailedError.item`).
 *
 * @example
 * ```ts
 * const onFailure: ReturnValuesOnConditionCheckFailure = 'ALL_OLD'
 * await client.putItem({ TableName: 'app', Item: item, ConditionExpression: 'attribute_not_exists(pk)', ReturnValuesOnConditionCheckFailure: onFailure })
 * ```
 */
export type ReturnValuesOnConditionCheckFailure = 'ALL_OLD' | 'NONE'
/**
 * What a Query or Scan returns: all attributes, the projected ones, the ones named, or only the count.
 *
 * @example
 * ```ts
 * const select: Select = 'COUNT'
 * const { Count } = await client.query({ ...input, Select: select })
 * ```
 */
export type Select = 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT'
/**
 * The operators of the legacy `KeyConditions` / `QueryFilter` / `ScanFilter` parameters. Prefer expressions.
 *
 * @example
 * ```ts
 * const op: ComparisonOperator = 'BEGINS_WITH'
 * await client.query({ TableName: 'app', KeyConditions: { pk: { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'USER#1' }] }, sk: { ComparisonOperator: op, AttributeValueList: [{ S: 'POST#' }] } } })
 * ```
 */
export type ComparisonOperator =
  | 'EQ'
  | 'NE'
  | 'IN'
  | 'LE'
  | 'LT'
  | 'GE'
  | 'GT'
  | 'BETWEEN'
  | 'NOT_NULL'
  | 'NULL'
  | 'CONTAINS'
  | 'NOT_CONTAINS'
  | 'BEGINS_WITH'
/**
 * How legacy conditions join: AND or OR.
 *
 * @example
 * ```ts
 * const joined: ConditionalOperator = 'OR'
 * ```
 */
export type ConditionalOperator = 'AND' | 'OR'

/**
 * Capacity units consumed on a table or index, read and write.
 *
 * @example
 * ```ts
 * const { ConsumedCapacity } = await client.getItem({ TableName: 'app', Key: key, ReturnConsumedCapacity: 'INDEXES' })
 * const table: Capacity | undefined = ConsumedCapacity?.Table
 * ```
 */
export interface Capacity {
  ReadCapacityUnits?: number | undefined
  WriteCapacityUnits?: number | undefined
  CapacityUnits?: number | undefined
}

/**
 * The capacity one call consumed, per table and index, when `ReturnConsumedCapacity` asked for it.
 *
 * @example
 * ```ts
 * const { ConsumedCapacity } = await client.query({ ...input, ReturnConsumedCapacity: 'TOTAL' })
 * const used: ConsumedCapacity | undefined = ConsumedCapacity
 * console.log(used?.CapacityUnits)
 * ```
 */
export interface ConsumedCapacity {
  TableName?: string | undefined
  CapacityUnits?: number | undefined
  ReadCapacityUnits?: number | undefined
  WriteCapacityUnits?: number | undefined
  Table?: Capacity | undefined
  LocalSecondaryIndexes?: Record<string, Capacity> | undefined
  GlobalSecondaryIndexes?: Record<string, Capacity> | undefined
}

/**
 * The size estimate of an item collection after a write, for tables with local secondary indexes.
 *
 * @example
 * ```ts
 * const { ItemCollectionMetrics } = await client.putItem({ TableName: 'app', Item: item, ReturnItemCollectionMetrics: 'SIZE' })
 * const metrics: ItemCollectionMetrics | undefined = ItemCollectionMetrics
 * console.log(metrics?.SizeEstimateRangeGB)
 * ```
 */
export interface ItemCollectionMetrics {
  ItemCollectionKey?: AttributeMap | undefined
  SizeEstimateRangeGB?: number[] | undefined
}

/**
 * Legacy (pre-expression) condition parameters, still accepted by DynamoDB.
 *
 * @example
 * ```ts
 * const expected: ExpectedAttributeValue = { Exists: false }
 * await client.putItem({ TableName: 'app', Item: item, Expected: { pk: expected } })
 * ```
 */
export interface ExpectedAttributeValue {
  Value?: AttributeValue | undefined
  Exists?: boolean | undefined
  ComparisonOperator?: ComparisonOperator | undefined
  AttributeValueList?: AttributeValue[] | undefined
}

/**
 * One legacy condition (`KeyConditions`, `QueryFilter`, `ScanFilter`): an operator and its values. Prefer expressions.
 *
 * @example
 * ```ts
 * const condition: LegacyCondition = { ComparisonOperator: 'EQ', AttributeValueList: [{ S: 'USER#1' }] }
 * await client.query({ TableName: 'app', KeyConditions: { pk: condition } })
 * ```
 */
export interface Condition {
  AttributeValueList?: AttributeValue[] | undefined
  ComparisonOperator: ComparisonOperator
}

/**
 * A legacy `AttributeUpdates` entry of UpdateItem: the action (PUT, ADD, DELETE) and the value. Prefer an UpdateExpression (`buildMarshalledExpressions`).
 *
 * @example
 * ```ts
 * const update: AttributeValueUpdate = { Action: 'PUT', Value: { S: 'Ada' } }
 * await client.updateItem({ TableName: 'app', Key: key, AttributeUpdates: { name: update } })
 * ```
 */
export interface AttributeValueUpdate {
  Value?: AttributeValue | undefined
  Action?: 'ADD' | 'PUT' | 'DELETE' | undefined
}

/**
 * The `#name` placeholders of a request's expressions.
 *
 * @example
 * ```ts
 * const names: ExpressionAttributeNames = { '#s': 'status' }
 * await client.query({ ...input, FilterExpression: '#s = :s', ExpressionAttributeNames: names, ExpressionAttributeValues: { ':s': { S: 'active' } } })
 * ```
 */
export type ExpressionAttributeNames = Record<string, string>
/**
 * The `:value` placeholders of a request's expressions, in wire form.
 *
 * @example
 * ```ts
 * const values: ExpressionAttributeValues = { ':pk': { S: 'USER#1' } }
 * await client.query({ TableName: 'app', KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: values })
 * ```
 */
export type ExpressionAttributeValues = AttributeMap

/**
 * A key/value tag of a table or backup.
 *
 * @example
 * ```ts
 * const tags: Tag[] = [{ Key: 'team', Value: 'payments' }]
 * await client.tagResource({ ResourceArn: tableArn, Tags: tags })
 * ```
 */
export interface Tag {
  Key: string
  Value: string
}
