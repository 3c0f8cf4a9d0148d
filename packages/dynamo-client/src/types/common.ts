import type { AttributeMap, AttributeValue } from '../document/attribute-value'

export type { AttributeMap, AttributeValue }

/** An item, key or `ExclusiveStartKey` in wire form. */
export type Key = AttributeMap

export type ReturnConsumedCapacity = 'INDEXES' | 'TOTAL' | 'NONE'
export type ReturnItemCollectionMetrics = 'SIZE' | 'NONE'
export type ReturnValue = 'NONE' | 'ALL_OLD' | 'UPDATED_OLD' | 'ALL_NEW' | 'UPDATED_NEW'
export type ReturnValuesOnConditionCheckFailure = 'ALL_OLD' | 'NONE'
export type Select = 'ALL_ATTRIBUTES' | 'ALL_PROJECTED_ATTRIBUTES' | 'SPECIFIC_ATTRIBUTES' | 'COUNT'
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
export type ConditionalOperator = 'AND' | 'OR'

export interface Capacity {
  ReadCapacityUnits?: number | undefined
  WriteCapacityUnits?: number | undefined
  CapacityUnits?: number | undefined
}

export interface ConsumedCapacity {
  TableName?: string | undefined
  CapacityUnits?: number | undefined
  ReadCapacityUnits?: number | undefined
  WriteCapacityUnits?: number | undefined
  Table?: Capacity | undefined
  LocalSecondaryIndexes?: Record<string, Capacity> | undefined
  GlobalSecondaryIndexes?: Record<string, Capacity> | undefined
}

export interface ItemCollectionMetrics {
  ItemCollectionKey?: AttributeMap | undefined
  SizeEstimateRangeGB?: number[] | undefined
}

/** Legacy (pre-expression) condition parameters, still accepted by DynamoDB. */
export interface ExpectedAttributeValue {
  Value?: AttributeValue | undefined
  Exists?: boolean | undefined
  ComparisonOperator?: ComparisonOperator | undefined
  AttributeValueList?: AttributeValue[] | undefined
}

export interface Condition {
  AttributeValueList?: AttributeValue[] | undefined
  ComparisonOperator: ComparisonOperator
}

export interface AttributeValueUpdate {
  Value?: AttributeValue | undefined
  Action?: 'ADD' | 'PUT' | 'DELETE' | undefined
}

export type ExpressionAttributeNames = Record<string, string>
export type ExpressionAttributeValues = AttributeMap

export interface Tag {
  Key: string
  Value: string
}
